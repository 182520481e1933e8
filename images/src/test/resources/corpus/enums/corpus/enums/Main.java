package corpus.enums;

import java.util.EnumMap;
import java.util.Map;

/** Enums, switch on enums and strings, enums with bodies and lambdas. */
public class Main {
    enum Color {
        RED, GREEN, BLUE
    }

    enum Operation {
        PLUS("+") {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES("*") {
            @Override
            int apply(int a, int b) {
                return a * b;
            }
        };

        private final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);

        String show(int a, int b) {
            return a + " " + symbol + " " + b + " = " + apply(a, b);
        }
    }

    enum Planet {
        MERCURY(() -> 0.38), EARTH(() -> 1.0);

        private final java.util.function.DoubleSupplier gravity;

        Planet(java.util.function.DoubleSupplier gravity) {
            this.gravity = gravity;
        }
    }

    static String describe(Color color) {
        switch (color) {
            case RED:
                return "warm";
            case BLUE:
                return "cold";
            default:
                return "neutral";
        }
    }

    static int arrow(Color color) {
        return switch (color) {
            case RED -> 1;
            case GREEN -> 2;
            case BLUE -> 3;
        };
    }

    static String word(String s) {
        switch (s) {
            case "one":
                return "1";
            case "two":
                return "2";
            case "Aa":
            case "BB": // same hash code as "Aa"
                return "collision " + s;
            default:
                return "other " + s;
        }
    }

    static int yielding(String s) {
        return switch (s) {
            case "a", "b" -> 1;
            case "c" -> {
                int x = s.length();
                yield x + 10;
            }
            default -> -1;
        };
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.ordinal() + " " + describe(c) + " " + arrow(c));
        }
        System.out.println(Color.valueOf("GREEN").name());
        System.out.println(word("one") + word("two") + " " + word("Aa") + " " + word("BB") + " " + word("zz"));
        System.out.println(yielding("a") + " " + yielding("c") + " " + yielding("q"));
        for (Operation op : Operation.values()) {
            System.out.println(op.show(6, 7) + " " + op.getClass().getSuperclass().getSimpleName());
        }
        for (Planet planet : Planet.values()) {
            System.out.println(planet + " " + planet.gravity.getAsDouble());
        }
        Map<Color, Integer> map = new EnumMap<>(Color.class);
        map.put(Color.BLUE, 3);
        map.put(Color.RED, 1);
        System.out.println(map);
        System.out.println(Color.RED.compareTo(Color.BLUE) + " " + Color.valueOf("RED").equals(Color.RED));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
