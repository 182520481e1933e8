package corpus.enums;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * Enums: values(), valueOf (and its IllegalArgumentException message), name/ordinal/compareTo/toString, fields
 * and constructors, constant-specific class bodies (getClass versus getDeclaringClass), abstract methods,
 * switch on an enum (javac's $SwitchMap$ lookup class) including a switch expression, EnumMap ordering,
 * EnumSet ranges/complements, enums implementing interfaces, and an enum singleton with state.
 */
public class Main {
    interface Priced {
        int price();
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        final double mass;
        final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Operation implements Priced {
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

            @Override
            public int price() {
                return 5;
            }
        },
        POWER("^") {
            @Override
            int apply(int a, int b) {
                int r = 1;
                for (int i = 0; i < b; i++) {
                    r *= a;
                }
                return r;
            }
        };

        final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);

        @Override
        public int price() {
            return 1;
        }

        @Override
        public String toString() {
            return "op" + symbol;
        }
    }

    enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }

    enum Registry {
        INSTANCE;

        private int registrations;

        int register() {
            return ++registrations;
        }
    }

    static String kind(Day d) {
        switch (d) {
            case SATURDAY:
            case SUNDAY:
                return "weekend";
            case FRIDAY:
                return "almost weekend";
            default:
                return "weekday";
        }
    }

    static int hours(Day d) {
        return switch (d) {
            case MONDAY, TUESDAY, WEDNESDAY, THURSDAY -> 8;
            case FRIDAY -> 6;
            case SATURDAY, SUNDAY -> 0;
        };
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p + " ordinal " + p.ordinal() + " gravity " + p.surfaceGravity());
        }
        for (Operation op : Operation.values()) {
            System.out.println(op.name() + " " + op + " 3,4 = " + op.apply(3, 4) + " price " + op.price()
                    + " class is enum class: " + (op.getClass() == Operation.class) + " declaring "
                    + op.getDeclaringClass().getSimpleName());
        }
        System.out.println("valueOf " + Day.valueOf("FRIDAY") + " " + Enum.valueOf(Day.class, "MONDAY"));
        try {
            Day.valueOf("Funday");
        } catch (IllegalArgumentException e) {
            System.out.println("bad valueOf: " + e.getMessage());
        }
        for (Day d : Day.values()) {
            System.out.println(d + " " + kind(d) + " " + hours(d) + "h compareTo(WEDNESDAY) " + d.compareTo(Day.WEDNESDAY));
        }
        Map<Day, Integer> tasks = new EnumMap<>(Day.class);
        tasks.put(Day.SUNDAY, 1);
        tasks.put(Day.MONDAY, 5);
        tasks.put(Day.WEDNESDAY, 3);
        tasks.merge(Day.MONDAY, 2, Integer::sum);
        System.out.println("EnumMap " + tasks + " contains FRIDAY " + tasks.containsKey(Day.FRIDAY));
        EnumSet<Day> weekdays = EnumSet.range(Day.MONDAY, Day.FRIDAY);
        EnumSet<Day> weekend = EnumSet.complementOf(weekdays);
        EnumSet<Day> some = EnumSet.of(Day.SUNDAY, Day.TUESDAY, Day.TUESDAY);
        System.out.println("EnumSet weekdays " + weekdays + " weekend " + weekend + " some " + some + " all "
                + EnumSet.allOf(Day.class).size() + " none " + EnumSet.noneOf(Day.class));
        some.retainAll(weekdays);
        System.out.println("retain " + some);
        System.out.println("singleton " + Registry.INSTANCE.register() + " " + Registry.INSTANCE.register() + " "
                + Registry.valueOf("INSTANCE").register());
        Priced priced = Operation.TIMES;
        System.out.println("through interface " + priced.price() + ", equals " + Operation.PLUS.equals(Operation.PLUS)
                + ", same " + (Operation.valueOf("PLUS") == Operation.PLUS));
        System.out.println("Day class " + Day.class.getName() + " isEnum " + Day.class.isEnum() + " constants "
                + Day.class.getEnumConstants().length);
    }
}
