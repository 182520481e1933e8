package org.eremite.compiler.corpus;

/**
 * Objects and exceptions: allocation and constructors (with super calls), instance fields of every kind,
 * virtual, interface (abstract and default), super and private calls, class type checks, and exceptions thrown by
 * code and by the runtime, caught by type, by finally, after unwinding through frames, rethrown, or uncaught.
 */
public final class Objects {
    static int finallies;

    private Objects() {
    }

    interface Shape {
        double area();

        default int corners() {
            return 0;
        }
    }

    abstract static class Base implements Shape {
        final int id;
        long stamp;

        Base(int id) {
            this.id = id;
            this.stamp = id * 1000L;
        }

        int describe() {
            return id * 10 + corners();
        }
    }

    static final class Circle extends Base {
        final double radius;

        Circle(int id, double radius) {
            super(id);
            this.radius = radius;
        }

        @Override
        public double area() {
            return 3.0 * radius * radius;
        }
    }

    static class Rect extends Base {
        final double width;
        final double height;

        Rect(int id, double width, double height) {
            super(id);
            this.width = width;
            this.height = height;
        }

        @Override
        public double area() {
            return width * height;
        }

        @Override
        public int corners() {
            return 4;
        }
    }

    static final class Square extends Rect {
        Square(int id, double side) {
            super(id, side, side);
        }

        @Override
        int describe() {
            return super.describe() + 1;
        }
    }

    static final class Oops extends RuntimeException {
        final int code;

        Oops(int code) {
            this.code = code;
        }
    }

    /** Fields of every kind. */
    static final class Holder {
        boolean z;
        byte b;
        char c;
        short s;
        int i;
        long l;
        float f;
        double d;
        Holder next;

        private int twice() {
            return i * 2;
        }
    }

    private static Base make(int k) {
        switch (((k % 3) + 3) % 3) {
            case 0: return new Circle(k, k * 0.5);
            case 1: return new Rect(k, k, 2.5);
            default: return new Square(k, k + 1);
        }
    }

    /** Interface and virtual calls over an array of shapes, with default and overriding methods. */
    static double shapes(int n) {
        Shape[] shapes = new Shape[n];
        for (int k = 0; k < n; k++) {
            shapes[k] = make(k);
        }
        double total = 0;
        for (Shape shape : shapes) {
            total += shape.area() + shape.corners();
        }
        for (int k = 0; k < n; k++) {
            Base base = (Base) shapes[k];
            total += base.describe() + base.stamp;
        }
        return total;
    }

    /** Class type checks; a failing checkcast throws ClassCastException. */
    static int typeChecks(int k) {
        Base base = make(k);
        int r = 0;
        if (base instanceof Rect) {
            r += 1;
        }
        if (base instanceof Square) {
            r += 2;
        }
        if (base instanceof Circle) {
            r += 4;
        }
        Object object = base;
        if (object instanceof Base) {
            r += 8;
        }
        if (k > 100) {
            Rect rect = (Rect) object;
            r += (int) rect.width;
        }
        return r;
    }

    /** Every field kind through putfield and getfield, with the narrowing of stores. */
    static long fields(int v) {
        Holder h = new Holder();
        h.z = (v & 1) != 0;
        h.b = (byte) v;
        h.c = (char) v;
        h.s = (short) v;
        h.i = v;
        h.l = v * 3L;
        h.f = v / 4.0f;
        h.d = v / 8.0;
        h.next = h;
        return (h.z ? 1 : 0) + h.b + h.c + h.s + h.next.twice() + h.l + (long) h.f + (long) (h.d * 16);
    }

    /** dup_x1 and dup2_x1: the value of field assignments. */
    static long assignments(int v) {
        Holder h = new Holder();
        int a = h.i = v;
        long b = h.l = v * 5L;
        return a + b + h.i + h.l;
    }

    /** A linked list: reference fields, ifnull, ifnonnull, if_acmp. */
    static int linkedList(int n) {
        Holder head = null;
        for (int k = 0; k < n; k++) {
            Holder node = new Holder();
            node.i = k;
            node.next = head;
            head = node;
        }
        int sum = 0;
        Holder last = null;
        for (Holder node = head; node != null; node = node.next) {
            sum += node.i;
            last = node;
        }
        return sum + (last == head ? 1000 : 0) + (last != null && last.next == null ? 10000 : 0);
    }

    /** Catch by type, with finally; the runtime's ArithmeticException and a thrown Oops. */
    static int caught(int x) {
        try {
            if (x < -1000) {
                throw new Oops(x / 1000);
            }
            return 100 / x;
        } catch (Oops e) {
            return e.code;
        } catch (ArithmeticException e) {
            return -1;
        } finally {
            finallies++;
        }
    }

    static int finallyCount() {
        return finallies;
    }

    private static int deep(int depth, int x) {
        if (depth == 0) {
            int[] a = new int[2];
            return a[x];
        }
        return deep(depth - 1, x) + 1;
    }

    /** An exception thrown deep in a call chain, caught after unwinding the frames in between. */
    static int unwound(int depth, int x) {
        try {
            return deep(depth, x);
        } catch (IndexOutOfBoundsException e) {
            return -depth;
        }
    }

    /** Caught, then rethrown: the caller sees the same exception. */
    static int rethrown(int x) {
        try {
            return caught(x) + deep(1, x);
        } catch (RuntimeException e) {
            finallies += 10;
            throw e;
        }
    }

    /** Uncaught: the harness prints the class name, as HotSpot's InvocationTargetException cause says. */
    static int uncaught(int x) {
        if (x > 0) {
            throw new Oops(x);
        }
        Object o = null;
        if (x < 0) {
            throw (RuntimeException) o; // athrow of null: NullPointerException
        }
        return 0;
    }

    /** Nested try blocks and a handler inside a loop. */
    static int nested(int n) {
        int r = 0;
        for (int k = -2; k < n; k++) {
            try {
                try {
                    r += 10 / k;
                } finally {
                    r += 1;
                }
            } catch (ArithmeticException e) {
                r += 1000;
            }
        }
        return r;
    }

    /** Implicit null checks: the access faults on page 0 and the fault becomes a NullPointerException. */
    static int nullField(int k) {
        Holder h = k > 0 ? new Holder() : null;
        return h.i;
    }

    static int nullStore(int k) {
        Holder h = k > 0 ? new Holder() : null;
        h.l = k;
        return 1;
    }

    static int nullLength(int k) {
        int[] a = k > 0 ? new int[k] : null;
        return a.length;
    }

    static int nullElement(int k) {
        long[] a = k > 0 ? new long[k] : null;
        return (int) a[0];
    }

    static int nullVirtual(int k) {
        Base b = k > 0 ? make(k) : null;
        return b.describe();
    }

    static int nullInterface(int k) {
        Shape s = k > 0 ? make(k) : null;
        return s.corners();
    }

    /** A NullPointerException from a fault, caught in the same method and in a caller. */
    static int nullCaught(int k) {
        try {
            return nullField(k) + nullVirtual(k - 1);
        } catch (NullPointerException e) {
            return -7;
        }
    }
}
