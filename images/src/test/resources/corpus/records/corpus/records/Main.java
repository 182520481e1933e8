package corpus.records;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records: toString, equals and hashCode of every component type, against the JDK's ObjectMethods. */
public class Main {
    record Point(int x, int y) {
    }

    record Empty() {
    }

    record Primitives(boolean z, byte b, short s, char c, int i, long l, float f, double d) {
    }

    record References(String s, Object o, List<Integer> list, Point point) {
    }

    record Arrays1(int[] ints, String[] strings) {
    }

    record Floats(float f, double d) {
    }

    /** An overridden accessor: toString and equals still read the field. */
    record Overridden(String value) {
        @Override
        public String value() {
            return "accessor:" + value;
        }
    }

    record Generic<T>(T value, List<T> values) {
    }

    /** Components whose equals and toString print, to show the order the JDK uses. */
    static final class Loud {
        private final String name;

        Loud(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            System.out.println("    equals on " + name);
            return other instanceof Loud && ((Loud) other).name.equals(name);
        }

        @Override
        public int hashCode() {
            System.out.println("    hashCode on " + name);
            return name.hashCode();
        }

        @Override
        public String toString() {
            System.out.println("    toString on " + name);
            return name;
        }
    }

    record Three(Loud first, Loud second, Loud third) {
    }

    /** A record with its own equals: only toString and hashCode come from the bootstrap. */
    record Custom(String key, int ignored) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Custom c && c.key.equals(key);
        }
    }

    static String hideIdentity(String s) {
        return s.replaceAll("@[0-9a-f]+", "@<hash>");
    }

    public static void main(String[] args) {
        Point p = new Point(1, 2);
        System.out.println(p + " " + p.hashCode() + " " + p.equals(new Point(1, 2)) + " " + p.equals(new Point(2, 1))
                + " " + p.equals(null) + " " + p.equals("Point[x=1, y=2]") + " " + p.equals(p));
        System.out.println(new Empty() + " " + new Empty().hashCode() + " " + new Empty().equals(new Empty()));
        Primitives prim = new Primitives(true, (byte) -3, (short) 1000, 'c', -42, 1L << 40, 1.25f, -2.5e-10);
        System.out.println(prim + " " + prim.hashCode());
        System.out.println(prim.equals(new Primitives(true, (byte) -3, (short) 1000, 'c', -42, 1L << 40, 1.25f,
                -2.5e-10)) + " " + prim.equals(new Primitives(false, (byte) -3, (short) 1000, 'c', -42, 1L << 40,
                1.25f, -2.5e-10)));
        References refs = new References("s", 42, List.of(1, 2), p);
        System.out.println(refs + " " + refs.hashCode() + " " + refs.equals(new References("s", 42, List.of(1, 2),
                new Point(1, 2))));
        References nulls = new References(null, null, null, null);
        System.out.println(nulls + " " + nulls.hashCode() + " " + nulls.equals(new References(null, null, null, null))
                + " " + nulls.equals(refs) + " " + refs.equals(nulls));

        int[] ints = {1, 2};
        String[] strings = {"a"};
        Arrays1 arrays = new Arrays1(ints, strings);
        System.out.println(hideIdentity(arrays.toString()));
        System.out.println("array hash is by identity: " + (arrays.hashCode()
                == 31 * System.identityHashCode(ints) + System.identityHashCode(strings)));
        System.out.println("arrays compare by identity: " + arrays.equals(new Arrays1(ints, strings)) + " "
                + arrays.equals(new Arrays1(ints.clone(), strings)));

        Floats nan = new Floats(Float.NaN, Double.NaN);
        System.out.println(nan + " " + nan.hashCode() + " NaN equals NaN: " + nan.equals(new Floats(Float.NaN,
                Double.NaN)));
        Floats otherNan = new Floats(Float.intBitsToFloat(0x7fc00001), Double.longBitsToDouble(0x7ff8000000000001L));
        System.out.println("other NaN bits equal: " + nan.equals(otherNan) + " " + otherNan.hashCode());
        Floats zero = new Floats(0.0f, 0.0);
        Floats negativeZero = new Floats(-0.0f, -0.0);
        System.out.println(zero + " " + negativeZero + " equal: " + zero.equals(negativeZero) + " hashes "
                + zero.hashCode() + " " + negativeZero.hashCode());
        System.out.println(new Floats(Float.MAX_VALUE, Double.MIN_VALUE) + " "
                + new Floats(Float.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).hashCode());

        Overridden overridden = new Overridden("v");
        System.out.println(overridden + " " + overridden.value() + " " + overridden.hashCode());
        Generic<String> generic = new Generic<>("g", List.of("h"));
        System.out.println(generic + " " + generic.equals(new Generic<>("g", List.of("h"))) + " "
                + generic.hashCode());

        Three three = new Three(new Loud("one"), new Loud("two"), new Loud("three"));
        System.out.println("toString order:");
        System.out.println(three);
        System.out.println("hashCode order:");
        System.out.println(three.hashCode());
        System.out.println("equals order:");
        System.out.println(three.equals(new Three(new Loud("one"), new Loud("two"), new Loud("three"))));
        System.out.println("equals stops at the first difference:");
        System.out.println(three.equals(new Three(new Loud("one"), new Loud("X"), new Loud("three"))));

        Custom custom = new Custom("k", 1);
        System.out.println(custom + " " + custom.equals(new Custom("k", 2)) + " " + custom.hashCode());

        record Local(String text, double value) {
        }
        Local local = new Local("local", 0.1);
        System.out.println(local + " " + local.hashCode());

        Set<Point> set = new HashSet<>(Arrays.asList(new Point(1, 1), new Point(1, 1), new Point(2, 2)));
        System.out.println("set size " + set.size() + " contains " + set.contains(new Point(2, 2)));
    }
}
