package corpus.boundsmessages;

import java.util.ArrayList;
import java.util.List;

/**
 * Index checks and their messages: ArrayIndexOutOfBoundsException "Index 5 out of bounds for length 3" for
 * loads and stores of every element type (negative indexes too), StringIndexOutOfBoundsException from charAt and
 * substring, IndexOutOfBoundsException from ArrayList, NegativeArraySizeException "-1", and ArithmeticException
 * "/ by zero" for int and long.
 */
public class Main {
    interface Action {
        void run() throws Exception;
    }

    static void attempt(String label, Action action) {
        try {
            action.run();
            System.out.println(label + ": no exception");
        } catch (Exception e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        int[] ints = new int[3];
        long[] longs = new long[3];
        double[] doubles = new double[0];
        byte[] bytes = new byte[2];
        char[] chars = new char[4];
        short[] shorts = new short[1];
        float[] floats = new float[2];
        boolean[] booleans = new boolean[5];
        String[] strings = new String[3];
        int five = 5, minus = -1;
        attempt("int load", () -> System.out.println(ints[five]));
        attempt("int store", () -> ints[minus] = 1);
        attempt("long load", () -> System.out.println(longs[3]));
        attempt("double load empty", () -> System.out.println(doubles[0]));
        attempt("byte store", () -> bytes[2] = 1);
        attempt("char load", () -> System.out.println(chars[Integer.MAX_VALUE]));
        attempt("short load", () -> System.out.println(shorts[Integer.MIN_VALUE]));
        attempt("float store", () -> floats[-2] = 1f);
        attempt("boolean load", () -> System.out.println(booleans[5]));
        attempt("object store", () -> strings[3] = "x");
        attempt("in bounds", () -> strings[2] = "fine");
        attempt("charAt", () -> System.out.println("abc".charAt(3)));
        attempt("substring", () -> System.out.println("abc".substring(2, 1)));
        attempt("substring begin", () -> System.out.println("abc".substring(-1)));
        attempt("StringBuilder deleteCharAt", () -> new StringBuilder("ab").deleteCharAt(2));
        List<String> list = new ArrayList<>(List.of("a", "b", "c"));
        attempt("ArrayList get", () -> System.out.println(list.get(5)));
        attempt("ArrayList remove", () -> list.remove(-1));
        attempt("ArrayList add at", () -> list.add(9, "z"));
        attempt("List.of get", () -> System.out.println(List.of(1).get(1)));
        attempt("new int[-1]", () -> System.out.println(new int[minus].length));
        attempt("new String[-5]", () -> System.out.println(new String[minus * five].length));
        attempt("int / 0", () -> System.out.println(five / (minus + 1)));
        attempt("long % 0", () -> System.out.println(5L % (long) (minus + 1)));
        attempt("arraycopy", () -> System.arraycopy(ints, 0, longs, 0, 1));
        attempt("arraycopy bounds", () -> System.arraycopy(ints, 2, ints, 0, 2));
        attempt("arraycopy negative", () -> System.arraycopy(ints, 0, ints, 0, -1));
        attempt("Arrays.copyOfRange", () -> java.util.Arrays.copyOfRange(ints, 4, 5));
        attempt("Objects.checkIndex", () -> java.util.Objects.checkIndex(5, 3));
    }
}
