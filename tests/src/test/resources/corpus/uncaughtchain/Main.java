package corpus.uncaughtchain;

/**
 * An uncaught exception with a cause chain escapes main: HotSpot prints 'Exception in thread "main"', the stack
 * trace with line numbers, each "Caused by:" with "... N more", and exits with status 1. Output printed before
 * the exception must appear.
 */
public class Main {
    static class Parser {
        int parse(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cannot parse '" + text + "'", e);
            }
        }
    }

    static int load(String text) {
        try {
            return new Parser().parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("loading failed", e);
        }
    }

    public static void main(String[] args) {
        System.out.println("loaded " + load("12"));
        System.out.println("loaded " + load("x12"));
        System.out.println("not reached");
    }
}
