package corpus.exit3;

/** System.exit(3) from a nested call inside a loop: the status is 3 and nothing after it runs. */
public class Main {
    static void check(int i) {
        if (i == 3) {
            System.out.println("exiting at " + i);
            System.exit(i);
        }
        System.out.println("checked " + i);
    }

    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            check(i);
        }
        System.out.println("not reached");
    }
}
