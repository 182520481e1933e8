package corpus.stringconcat;

/**
 * String concatenation with + (invokedynamic makeConcatWithConstants, desugared to StringBuilder code): every
 * argument type, null, char versus int, float and double formatting, objects' toString (and a toString that
 * returns null), constants folded at compile time, += in a loop, concatenations with more than 200 argument
 * slots (javac splits them into several call sites), constants containing the recipe's tag characters
 * \u0001 and \u0002, and evaluation order of side effects.
 */
public class Main {
    static int calls;

    static int next() {
        return ++calls;
    }

    static class Weird {
        @Override
        public String toString() {
            return null;
        }
    }

    static class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "(" + x + "," + y + ")";
        }
    }

    public static void main(String[] args) {
        boolean z = false;
        byte b = -8;
        short s = 300;
        char c = 'C';
        int i = -42;
        long l = 1L << 50;
        float f = 1.1f;
        double d = 1e-5;
        String nul = null;
        Object o = new Point(1, 2);
        System.out.println("all: " + z + "|" + b + "|" + s + "|" + c + "|" + i + "|" + l + "|" + f + "|" + d + "|" + nul
                + "|" + o + "|" + new Weird() + "|" + new int[0].length);
        System.out.println(c + 1 + " vs " + (char) (c + 1) + " vs " + c + 1);
        System.out.println(1 + 2 + "3" + 4 + 5);
        final String constant = "con" + "stant";
        final int n = 7;
        System.out.println(constant + n + (constant == "constant" + "" ? " folded" : " not folded"));
        String acc = "";
        for (int k = 0; k < 10; k++) {
            acc += k;
            acc += ',';
        }
        System.out.println("loop " + acc);
        String tags = "tag\u0001one\u0002two";
        String mixed = tags + i + "\u0001" + nul + "\u0002";
        System.out.println("tag characters preserved: " + mixed.replace('\u0001', '1').replace('\u0002', '2') + " length "
                + mixed.length());
        calls = 0;
        System.out.println("order " + next() + next() * 10 + "," + next());
        String x1 = "a", x2 = "b", x3 = "c", x4 = "d", x5 = "e", x6 = "f", x7 = "g", x8 = "h", x9 = "i", x10 = "j";
        long y1 = 1, y2 = 2, y3 = 3, y4 = 4, y5 = 5, y6 = 6, y7 = 7, y8 = 8, y9 = 9, y10 = 10;
        // 20 references and 20 longs per line: many lines give well over 200 argument slots.
        String big = x1 + y1 + x2 + y2 + x3 + y3 + x4 + y4 + x5 + y5 + x6 + y6 + x7 + y7 + x8 + y8 + x9 + y9 + x10 + y10
                + x1 + y1 + x2 + y2 + x3 + y3 + x4 + y4 + x5 + y5 + x6 + y6 + x7 + y7 + x8 + y8 + x9 + y9 + x10 + y10
                + x1 + y1 + x2 + y2 + x3 + y3 + x4 + y4 + x5 + y5 + x6 + y6 + x7 + y7 + x8 + y8 + x9 + y9 + x10 + y10
                + x1 + y1 + x2 + y2 + x3 + y3 + x4 + y4 + x5 + y5 + x6 + y6 + x7 + y7 + x8 + y8 + x9 + y9 + x10 + y10
                + x1 + y1 + x2 + y2 + x3 + y3 + x4 + y4 + x5 + y5 + x6 + y6 + x7 + y7 + x8 + y8 + x9 + y9 + x10 + y10
                + x1 + y1 + x2 + y2 + x3 + y3 + x4 + y4 + x5 + y5 + x6 + y6 + x7 + y7 + x8 + y8 + x9 + y9 + x10 + y10
                + x1 + y1 + x2 + y2 + x3 + y3 + x4 + y4 + x5 + y5 + x6 + y6 + x7 + y7 + x8 + y8 + x9 + y9 + x10 + y10
                + x1 + y1 + x2 + y2 + x3 + y3 + x4 + y4 + x5 + y5 + x6 + y6 + x7 + y7 + x8 + y8 + x9 + y9 + x10 + y10;
        System.out.println("big concatenation length " + big.length() + " hash " + big.hashCode());
        System.out.println("special doubles " + Double.NaN + " " + (1 / 0.0) + " " + (-1 / 0.0) + " " + -0.0 + " " + 100.0
                + " " + 1e7 + " " + 1.0e-3 + " " + Float.MIN_VALUE + " " + Double.MAX_VALUE);
        char[] chars = {'h', 'i'};
        System.out.println("char array via valueOf " + String.valueOf(chars) + ", chars added " + (chars[0] + chars[1]));
        StringBuilder sb = new StringBuilder("builder");
        System.out.println("builder operand " + sb + " " + sb.length());
        for (String a : args) {
            System.out.println("arg <" + a + "> length " + a.length());
        }
    }
}
