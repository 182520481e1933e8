package corpus.stackoverflow;

/**
 * StackOverflowError from unbounded recursion is caught (its depth is machine-dependent, so only the fact is
 * printed), the program keeps running normally afterwards (the guard page is usable again), and a second overflow
 * in a method with a larger frame is caught too; finally blocks run while the stack unwinds.
 */
public class Main {
    static int depth;
    static int finallies;

    static void recurse() {
        depth++;
        recurse();
    }

    static double recurseWithFrame(double a, double b, double c, long d) {
        double local1 = a * b, local2 = b * c, local3 = a + d;
        try {
            return recurseWithFrame(local1, local2, local3, d + 1) + local1;
        } finally {
            finallies++;
        }
    }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught " + e.getClass().getName() + ", deeper than 1000 frames: " + (depth > 1000));
        }
        System.out.println("still running: " + Integer.sum(2, 3));
        try {
            recurseWithFrame(1, 1, 1, 0);
        } catch (StackOverflowError e) {
            System.out.println("caught again, finally blocks ran: " + (finallies > 100));
        }
        depth = 0;
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("third overflow caught too");
        }
    }
}
