package corpus.varargs;

import java.util.Arrays;
import java.util.List;

/**
 * Varargs: zero, one and many arguments, an explicit array, a null array and an array containing null,
 * primitive varargs, overload resolution (fixed arity preferred over varargs, boxing before varargs), varargs
 * of generic type, passing varargs along, and JDK varargs methods (String.format, Arrays.asList, List.of).
 */
public class Main {
    static String count(Object... items) {
        return items == null ? "null array" : items.length + " " + Arrays.toString(items);
    }

    static int sum(int... values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    static String pick(int a) {
        return "fixed int";
    }

    static String pick(long a) {
        return "fixed long";
    }

    static String pick(Integer a) {
        return "boxed Integer";
    }

    static String pick(int... a) {
        return "varargs int";
    }

    static String pick2(Object o) {
        return "Object";
    }

    static String pick2(Object... o) {
        return "Object...";
    }

    static String join(String separator, String... parts) {
        return String.join(separator, parts);
    }

    static String forward(String... parts) {
        return join("+", parts) + " | " + count((Object[]) parts) + " | " + count((Object) parts).startsWith("1 [");
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        return Arrays.asList(items);
    }

    static String describe(String label, double... values) {
        return label + Arrays.toString(values);
    }

    public static void main(String[] args) {
        System.out.println(count());
        System.out.println(count("one"));
        System.out.println(count("a", 2, 3.0, 'c', null));
        System.out.println(count(new Object[] {"x", "y"}));
        System.out.println(count((Object[]) null));
        System.out.println(count((Object) null));
        System.out.println(count(new String[] {"strings", "too"}));
        System.out.println("sum " + sum() + " " + sum(1) + " " + sum(1, 2, 3, 4) + " " + sum(new int[] {10, 20}));
        byte b = 1;
        short s = 2;
        System.out.println(pick(1) + ", " + pick(1L) + ", " + pick(b) + ", " + pick(s) + ", " + pick(Integer.valueOf(3))
                + ", " + pick() + ", " + pick(1, 2));
        System.out.println(pick2("x") + ", " + pick2("x", "y") + ", " + pick2() + ", " + pick2((Object) null));
        System.out.println(forward("a", "b", "c"));
        System.out.println(listOf(1, 2, 3) + " " + listOf("x") + " " + listOf().size());
        System.out.println(describe("doubles") + " " + describe("doubles", 1, 2.5f, 3L));
        System.out.println(String.format("%s-%s-%s", "f", 1, 'c') + " " + List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
        System.out.println(String.join(",", args) + " args " + count((Object[]) args));
    }
}
