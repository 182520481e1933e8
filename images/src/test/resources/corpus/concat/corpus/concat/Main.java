package corpus.concat;

import java.util.List;

/** String concatenation of every type, with constants in the recipe and tag characters in the text. */
public class Main {
    static class Named {
        private final String name;
        Named(String name) {
            this.name = name;
        }
        @Override
        public String toString() {
            System.out.println("  toString of " + name + " called");
            return name;
        }
    }

    static class NullToString {
        @Override
        public String toString() {
            return null;
        }
    }

    static final String CONSTANT = "const";

    public static void main(String[] args) {
        char c = 'x';
        byte b = -7;
        short s = 300;
        int i = 42;
        long l = -1234567890123L;
        float f = 1.5f;
        double d = 0.1 + 0.2;
        boolean t = true;
        String str = "str";
        String nothing = null;
        Object object = new Named("object");
        Object nullObject = null;
        char[] chars = {'a', 'b'};
        int[] ints = {1, 2};
        List<Integer> list = List.of(1, 2, 3);
        CharSequence builder = new StringBuilder("builder");

        System.out.println("char " + c + " byte " + b + " short " + s + " int " + i);
        System.out.println("long " + l + " float " + f + " double " + d + " boolean " + t);
        System.out.println("string " + str + " null string " + nothing + " null object " + nullObject);
        System.out.println("object " + object);
        System.out.println("list " + list + " builder " + builder);
        System.out.println("chars are an object: " + (("" + chars).startsWith("[C@")) + ", ints too: "
                + (("" + ints).startsWith("[I@")));
        System.out.println("toString returning null: " + new NullToString());
        System.out.println(c + i + " is arithmetic, " + c + "" + i + " is text");
        System.out.println("" + c);
        System.out.println(i + "");
        System.out.println(str + nothing);
        System.out.println(nothing + str);
        System.out.println(nothing + nothing);
        System.out.println(CONSTANT + i + CONSTANT);
        System.out.println("tags \u0001 and \u0002 in text: " + i + " \u0001" + str + "\u0002");
        System.out.println("floats: " + Float.NaN + " " + (-0.0f) + " " + Float.MIN_VALUE + " " + 1e10f + " "
                + Double.POSITIVE_INFINITY + " " + (-0.0) + " " + Double.MAX_VALUE + " " + 100.0 + " " + 1e-5);
        System.out.println("ints: " + Integer.MIN_VALUE + " " + Long.MIN_VALUE + " " + Character.MAX_VALUE
                + (char) 65 + (byte) 200 + (short) 70000);
        System.out.println("order: " + new Named("first") + " then " + new Named("second"));
        String a = "a";
        String joined = a + "";
        System.out.println("new string each time: " + (joined != a) + " " + joined.equals(a));
        String sum = "";
        for (int k = 0; k < 5; k++) {
            sum += k + ",";
        }
        System.out.println(sum);
        StringBuilder mutable = new StringBuilder("m");
        System.out.println("args first: " + mutable + mutable.append("!"));
        long big = 1L << 40;
        double half = 0.5;
        System.out.println(big + half + " vs " + big + "" + half);
        System.out.println("many: " + c + b + s + i + l + f + d + t + str + nothing + object + nullObject + c + b + s
                + i + l + f + d + t + str + nothing + object + nullObject);
        Boolean boxedTrue = Boolean.TRUE;
        Integer boxed = 17;
        Character boxedChar = 'q';
        System.out.println("boxed " + boxedTrue + boxed + boxedChar);
        System.out.println(concatInLambda().get());
    }

    static java.util.function.Supplier<String> concatInLambda() {
        int captured = 5;
        return () -> "captured " + captured;
    }
}
