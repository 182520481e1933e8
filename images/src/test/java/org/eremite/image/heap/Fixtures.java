package org.eremite.image.heap;

import java.util.ArrayList;
import java.util.List;

/** Small host classes whose objects the tests snapshot. */
final class Fixtures {
    private Fixtures() {
    }

    /** A superclass whose layout leaves gaps that the subclass's small fields fill. */
    static class Base {
        byte baseByte = -7;
        long baseLong = Long.MIN_VALUE + 3;
        Object baseRef;
    }

    /** A field of every kind, inherited ones included. */
    static final class AllKinds extends Base {
        boolean z = true;
        byte b = (byte) 0x80;
        char c = '\uFFFE';
        short s = (short) -12345;
        int i = 0xDEADBEEF;
        long j = 0x0123456789ABCDEFL;
        float f = Float.intBitsToFloat(0x7FC01234);
        double d = Double.longBitsToDouble(0xFFF0000000000ABCL);
        float negativeZero = -0.0f;
        double subnormal = Double.MIN_VALUE;
        Object o;
        String str = "every kind";
        int[] ints = {1, -1, Integer.MAX_VALUE};
        AllKinds self;
        Class<?> cls = String.class;
        Class<?> primitiveClass = int.class;
        Class<?> arrayClass = long[][].class;
    }

    record Point(int x, long y, String label) {
    }

    enum Color {
        RED, GREEN {
            @Override
            public String toString() {
                return "green";
            }
        }, BLUE
    }

    static final class Node {
        Node next;
        Object value;

        Node(Object value) {
            this.value = value;
        }
    }

    static final class Holder {
        final List<Object> items = new ArrayList<>();
    }

    /** A key that hashes by identity: a HashMap of these works only if identity hashes survive. */
    static final class IdentityKey {
        final int id;

        IdentityKey(int id) {
            this.id = id;
        }
    }

    static final class Statics {
        static int counter = 42;
        static final long CONSTANT = 7L;
        static String name = "statics";
        static final Object[] SHARED = {"a", null, "a"};
        static Object alias = SHARED;
        static Class<?> type = Statics.class;
    }

    /** Static fields with a ConstantValue attribute (JVMS 4.7.2) of every kind, and some without one. */
    static final class Constants {
        static final boolean Z = true;
        static final byte B = -5;
        static final char C = '\u20ac';
        static final short S = -300;
        static final int I = 0x12345678;
        static final long J = 0x0123456789ABCDEFL;
        static final float F = -1.5f;
        static final double D = Math.PI;
        static final String GREETING = "constant";
        static final String SAME = "constant";
        /** Not constants: set by {@code <clinit>}, which a zero statics block has not run. */
        static final Integer BOXED = 5;
        static final int COMPUTED = Integer.parseInt("7");
        static int counter = 9;
    }
}
