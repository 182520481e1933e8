package corpus.records;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records: the generated toString, equals and hashCode (through ObjectMethods, desugared by the image builder)
 * for components of every kind (int, long, double with NaN and -0.0, boolean, char, String, null, nested records,
 * lists), compact constructors that validate and normalize, explicit accessors, static factories, records
 * implementing Comparable and interfaces, generic records, records as set elements, and empty records.
 */
public class Main {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000) {
                throw new IllegalArgumentException("x too small: " + x);
            }
        }

        Point scale(int f) {
            return new Point(x * f, y * f);
        }
    }

    record Range(int low, int high) implements Comparable<Range> {
        Range {
            if (low > high) {
                int t = low;
                low = high;
                high = t;
            }
        }

        int length() {
            return high - low;
        }

        @Override
        public int compareTo(Range o) {
            return Integer.compare(length(), o.length());
        }
    }

    record Everything(byte b, short s, char c, int i, long l, float f, double d, boolean z, String str, Object o) {
    }

    record Named(String name) {
        @Override
        public String name() {
            return name == null ? "<none>" : name.toUpperCase();
        }
    }

    record Pair<A, B>(A first, B second) {
        static <T> Pair<T, T> twin(T value) {
            return new Pair<>(value, value);
        }
    }

    record Line(Point from, Point to, List<String> tags) {
    }

    record Empty() {
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p + " equals " + q + ": " + p.equals(q) + ", same hash " + (p.hashCode() == q.hashCode())
                + ", hash " + p.hashCode() + ", == " + (p == q));
        System.out.println("scaled " + p.scale(3) + ", origin " + Point.ORIGIN + " hash " + Point.ORIGIN.hashCode());
        try {
            new Point(-5000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("compact constructor: " + e.getMessage());
        }
        Range r = new Range(9, 2);
        System.out.println(r + " length " + r.length() + " hash " + r.hashCode());
        Everything e = new Everything((byte) -1, (short) 300, 'x', -7, 1L << 40, 1.5f, -0.0, true, "text", null);
        System.out.println(e);
        System.out.println("hash " + e.hashCode());
        Everything e2 = new Everything((byte) -1, (short) 300, 'x', -7, 1L << 40, 1.5f, 0.0, true, "text", null);
        System.out.println("-0.0 vs 0.0 component equal: " + e.equals(e2));
        Everything n1 = new Everything((byte) 0, (short) 0, 'a', 0, 0, Float.NaN, Double.NaN, false, null, List.of(1));
        Everything n2 = new Everything((byte) 0, (short) 0, 'a', 0, 0, Float.NaN, Double.NaN, false, null, List.of(1));
        System.out.println("NaN components equal: " + n1.equals(n2) + ", hash " + n1.hashCode() + " " + n2.hashCode());
        System.out.println(new Named("ada") + " accessor " + new Named("ada").name() + ", null " + new Named(null).name()
                + " " + new Named(null) + " hash " + new Named(null).hashCode());
        Pair<String, Integer> pair = new Pair<>("k", 1);
        System.out.println(pair + " " + Pair.twin("t") + " hash " + pair.hashCode() + " equals " + pair.equals(new Pair<>("k", 1))
                + " not equal to other type " + pair.equals("k"));
        Line line = new Line(p, Point.ORIGIN, List.of("a", "b"));
        System.out.println(line + " hash " + line.hashCode());
        System.out.println(new Empty() + " equals " + new Empty().equals(new Empty()) + " hash " + new Empty().hashCode());
        Set<Point> points = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            points.add(new Point(i % 3, 0));
        }
        System.out.println("distinct points " + points.size());
        TreeSet<Range> ranges = new TreeSet<>(List.of(new Range(0, 10), new Range(5, 6), new Range(1, 4)));
        System.out.println("ranges by length " + ranges);
        System.out.println("record class " + Point.class.getName() + " super " + Point.class.getSuperclass().getName());
    }
}
