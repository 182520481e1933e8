package corpus.npemessages;

/**
 * NullPointerException with HotSpot's helpful messages (JEP 358, on by default since JDK 15): invoking a method,
 * reading and writing a field, loading from and storing to an array, taking an array's length, unboxing,
 * throwing null, synchronizing on null, and null coming from a static field, a method's result, an array
 * element and a parameter. Without -g javac keeps no local names, so locals show as "<localN>".
 */
public class Main {
    static String staticNull;
    static int[] staticArray;

    static class Node {
        Node next;
        int value;
        String name;
    }

    static String nothing() {
        return null;
    }

    static void attempt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    static int useParameter(String s) {
        return s.length();
    }

    public static void main(String[] args) {
        attempt("static field invoke", () -> System.out.println(staticNull.length()));
        attempt("method result invoke", () -> System.out.println(nothing().trim()));
        attempt("parameter", () -> useParameter(null));
        attempt("array length", () -> System.out.println(staticArray.length));
        attempt("array load", () -> System.out.println(staticArray[0]));
        attempt("array store", () -> staticArray[1] = 5);
        Node head = new Node();
        attempt("field read", () -> System.out.println(head.next.value));
        attempt("field write", () -> head.next.value = 3);
        attempt("chained", () -> System.out.println(head.next.next.name));
        attempt("field then invoke", () -> System.out.println(head.name.isEmpty()));
        attempt("unboxing", () -> {
            Integer boxed = null;
            int x = boxed;
            System.out.println(x);
        });
        attempt("throw null", () -> {
            RuntimeException e = null;
            throw e;
        });
        attempt("synchronized", () -> {
            Object lock = null;
            synchronized (lock) {
                System.out.println("inside");
            }
        });
        String[][] table = new String[2][];
        attempt("array element", () -> System.out.println(table[1][0]));
        String[] words = new String[1];
        attempt("element invoke", () -> System.out.println(words[0].toUpperCase()));
        Object[] objects = null;
        attempt("local array", () -> System.out.println(objects.length));
        attempt("explicit", () -> {
            throw new NullPointerException("my own message");
        });
        attempt("requireNonNull", () -> java.util.Objects.requireNonNull(null, "value must not be null"));
        attempt("requireNonNull plain", () -> java.util.Objects.requireNonNull(null));
        attempt("string switch", () -> {
            String s = nothing();
            switch (s) {
                case "a":
                    break;
                default:
                    break;
            }
        });
        attempt("no exception", () -> head.value = 1);
        try {
            Node n = new Node();
            n.next.name = "x";
        } catch (NullPointerException e) {
            System.out.println("in main: " + e.getMessage());
        }
    }
}
