package corpus.initerrors;

/**
 * A static initializer that throws: the first use fails with ExceptionInInitializerError (whose cause is the
 * original exception), every later use with NoClassDefFoundError "Could not initialize class ..."; an Error
 * thrown by an initializer is not wrapped; other classes keep working.
 */
public class Main {
    static class Fragile {
        static int value = compute();

        static int compute() {
            System.out.println("  Fragile initializing");
            throw new IllegalStateException("bad configuration");
        }
    }

    static class ThrowsError {
        static {
            if (Boolean.TRUE) {
                throw new AssertionError("assertion in initializer");
            }
        }

        static void touch() {
        }
    }

    static class Healthy {
        static int value = 5;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            try {
                System.out.println("value " + Fragile.value);
            } catch (ExceptionInInitializerError e) {
                System.out.println("attempt " + i + ": " + e + ", cause " + e.getCause() + ", getException "
                        + e.getException().getMessage());
            } catch (NoClassDefFoundError e) {
                System.out.println("attempt " + i + ": " + e);
            }
        }
        try {
            ThrowsError.touch();
        } catch (Throwable e) {
            System.out.println("Error from initializer: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            ThrowsError.touch();
        } catch (Throwable e) {
            System.out.println("again: " + e);
        }
        System.out.println("Healthy.value " + Healthy.value);
    }
}
