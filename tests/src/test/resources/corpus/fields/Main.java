package corpus.fields;

/**
 * getfield/putfield/getstatic/putstatic for every field type: default values, long and double fields (two slots),
 * field hiding (the static type picks the field, unlike methods), static fields shared by all instances, final
 * instance fields set in constructors, protected fields accessed from a subclass, interface constants, compound
 * assignments to fields through a method call's result (evaluated once), and a volatile field.
 */
public class Main {
    static class Holder {
        boolean z;
        byte b;
        char c;
        short s;
        int i;
        long l;
        float f;
        double d;
        Object o;
        static int instances;
        static long total;
        static double average;
        static String lastName;
        volatile int version;

        Holder() {
            instances++;
        }

        @Override
        public String toString() {
            return z + " " + b + " " + (int) c + " " + s + " " + i + " " + l + " " + f + " " + d + " " + o;
        }
    }

    static class Parent {
        String name = "parent field";
        static String label = "parent static";
        protected int shared = 1;

        String name() {
            return name;
        }
    }

    static class Child extends Parent {
        String name = "child field";
        static String label = "child static";

        @Override
        String name() {
            return name;
        }

        int bumpShared() {
            shared += 10;
            return super.shared;
        }

        String both() {
            return name + " / " + super.name;
        }
    }

    static int fetches;

    static Holder fetch(Holder h) {
        fetches++;
        return h;
    }

    final int id;
    final String description;

    Main(int id) {
        this.id = id;
        this.description = "main #" + id;
    }

    public static void main(String[] args) {
        Holder h = new Holder();
        System.out.println("defaults: " + h);
        h.z = true;
        h.b = (byte) 0x80;
        h.c = 'J';
        h.s = (short) 65535;
        h.i = Integer.MIN_VALUE;
        h.l = Long.MAX_VALUE;
        h.f = 0.1f;
        h.d = 1.0 / 3;
        h.o = "object";
        System.out.println("assigned: " + h);
        new Holder();
        new Holder();
        Holder.total += h.l;
        Holder.average = Holder.total / (double) Holder.instances;
        Holder.lastName = "last";
        System.out.println("statics: " + Holder.instances + " " + Holder.total + " " + Holder.average + " " + Holder.lastName);
        fetches = 0;
        fetch(h).i += 5;
        fetch(h).l++;
        fetch(h).d *= 3;
        fetch(h).version++;
        System.out.println("compound via call: fetches " + fetches + ", " + h.i + " " + h.l + " " + h.d + " " + h.version);
        Parent p = new Child();
        Child c = (Child) p;
        System.out.println("hiding: p.name " + p.name + ", c.name " + c.name + ", p.name() " + p.name() + ", statics "
                + Parent.label + " / " + Child.label + ", both " + c.both());
        System.out.println("protected: " + c.bumpShared() + " " + p.shared);
        Main m = new Main(7);
        System.out.println("finals: " + m.id + " " + m.description);
        long[] sums = new long[1];
        Holder[] holders = new Holder[5];
        for (int k = 0; k < holders.length; k++) {
            holders[k] = new Holder();
            holders[k].l = 1L << (k * 10);
            holders[k].d = k / 2.0;
        }
        double dsum = 0;
        for (Holder each : holders) {
            sums[0] += each.l;
            dsum += each.d;
        }
        System.out.println("sum of long fields " + sums[0] + ", of double fields " + dsum + ", instances " + Holder.instances);
    }
}
