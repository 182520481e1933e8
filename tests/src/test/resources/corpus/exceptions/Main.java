package corpus.exceptions;

import java.util.ArrayList;
import java.util.List;

/**
 * athrow and exception handlers: throwing across several frames, the nearest matching handler, catch by
 * superclass, multi-catch, nested try blocks, finally on normal exit, on exception, on return and on break,
 * a finally that overrides a return or swallows an exception, rethrow, chained causes, custom checked and
 * unchecked exceptions, try-with-resources with close order and suppressed exceptions, and exceptions in loops.
 */
public class Main {
    static final List<String> log = new ArrayList<>();

    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }
    }

    static class Resource implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            log.add("open " + name);
        }

        @Override
        public void close() {
            log.add("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close failed: " + name);
            }
        }
    }

    static int depth3(int n) throws AppException {
        if (n < 0) {
            throw new AppException("negative: " + n, n);
        }
        if (n == 0) {
            throw new IllegalArgumentException("zero");
        }
        return 100 / (n - 1);
    }

    static int depth2(int n) throws AppException {
        try {
            return depth3(n);
        } finally {
            log.add("depth2 finally " + n);
        }
    }

    static String depth1(int n) {
        try {
            return "result " + depth2(n);
        } catch (AppException e) {
            return "AppException " + e.getMessage() + " code " + e.code;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return "multi-catch " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static String finallySwallows() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return "swallowed";
        }
    }

    static int finallySeesReturnValue() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            log.add("finally set x to " + x);
        }
    }

    static void rethrow() {
        try {
            Object o = "text";
            Integer i = (Integer) o;
            log.add("not reached " + i);
        } catch (ClassCastException e) {
            throw new IllegalStateException("wrapped", e);
        }
    }

    public static void main(String[] args) {
        for (int n : new int[] {5, 1, 0, -3}) {
            System.out.println(n + ": " + depth1(n));
        }
        System.out.println("log " + log);
        log.clear();
        System.out.println("finally overrides return: " + finallyOverridesReturn());
        System.out.println("finally swallows: " + finallySwallows());
        System.out.println("finally sees value: " + finallySeesReturnValue() + " " + log);
        log.clear();
        try {
            rethrow();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e + " caused by " + e.getCause().getClass().getName());
        }
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 3) {
                    break;
                }
                log.add("body " + i);
            } finally {
                log.add("finally " + i);
            }
        }
        System.out.println("loop " + log);
        log.clear();
        try (Resource a = new Resource("a", false); Resource b = new Resource("b", true)) {
            log.add("using " + a.name + b.name);
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            log.add("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) {
                log.add("suppressed " + s.getMessage());
            }
        }
        System.out.println("resources " + log);
        log.clear();
        try (Resource c = new Resource("c", true)) {
            log.add("using " + c.name);
        } catch (IllegalStateException e) {
            log.add("close exception " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }
        System.out.println("resources " + log);
        try {
            try {
                throw new Error("inner");
            } finally {
                System.out.println("inner finally runs");
            }
        } catch (Error e) {
            System.out.println("outer caught Error " + e.getMessage());
        }
        Throwable chain = new RuntimeException("top", new IllegalArgumentException("middle", new ArithmeticException("root")));
        for (Throwable t = chain; t != null; t = t.getCause()) {
            System.out.println("chain: " + t);
        }
        Exception noMessage = new Exception();
        System.out.println("no message: " + noMessage + ", getMessage " + noMessage.getMessage()
                + ", cause-only message: " + new RuntimeException(new Error("e")).getMessage());
        int caught = 0;
        for (int i = -5; i <= 5; i++) {
            try {
                caught += 10 / i;
            } catch (ArithmeticException e) {
                caught += 1000;
            }
        }
        System.out.println("sum with one division by zero " + caught);
        try {
            throw null;
        } catch (NullPointerException e) {
            System.out.println("throw null gives NullPointerException");
        }
    }
}
