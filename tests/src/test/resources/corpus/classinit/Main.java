package corpus.classinit;

import java.util.ArrayList;
import java.util.List;

/**
 * Class initialization order (JVMS 5.5): a class is initialized on its first new, static method call, or access
 * to a non-constant static field; its superclass first; only once. Compile-time constants (static final
 * primitives and strings with constant initializers) are inlined and do not initialize; neither do array creation,
 * class literals, or a static field reached through a subclass (only the declaring class is initialized).
 */
public class Main {
    static final List<String> events = new ArrayList<>();

    static void log(String event) {
        events.add(event);
        System.out.println("  " + event);
    }

    static class Base {
        static int baseCounter = init("Base.baseCounter");

        static {
            log("Base static block");
        }

        static int init(String what) {
            log("init " + what);
            return 7;
        }
    }

    static class Derived extends Base {
        static final int CONSTANT = 99;
        static final String TEXT = "constant text";
        static final Integer BOXED = box();
        static int derivedField = 5;

        static {
            log("Derived static block");
        }

        static Integer box() {
            log("Derived.BOXED computed");
            return 1;
        }

        Derived() {
            log("Derived constructor");
        }

        static void hello() {
            log("Derived.hello");
        }
    }

    static class OnlyByNew {
        static {
            log("OnlyByNew initialized");
        }
    }

    static class ViaStaticPut {
        static int value;

        static {
            log("ViaStaticPut initialized");
        }
    }

    static class Chain1 {
        static {
            log("Chain1 initialized, Chain2.value = " + Chain2.value);
        }

        static int value = 11;
    }

    static class Chain2 {
        static int value = Chain1.value + 1;

        static {
            log("Chain2 initialized with " + value);
        }
    }

    public static void main(String[] args) {
        System.out.println("constants do not initialize:");
        System.out.println("  Derived.CONSTANT = " + Derived.CONSTANT + ", TEXT = " + Derived.TEXT);
        System.out.println("array creation does not initialize:");
        Derived[] array = new Derived[3];
        System.out.println("  array length " + array.length);
        System.out.println("class literal does not initialize:");
        System.out.println("  " + Derived.class.getSimpleName());
        System.out.println("static field through subclass initializes only Base:");
        System.out.println("  Derived.baseCounter = " + Derived.baseCounter);
        System.out.println("static method initializes Derived:");
        Derived.hello();
        System.out.println("second use does nothing:");
        Derived.hello();
        System.out.println("  BOXED = " + Derived.BOXED + ", derivedField = " + Derived.derivedField);
        System.out.println("new initializes:");
        new OnlyByNew();
        new OnlyByNew();
        System.out.println("static put initializes:");
        ViaStaticPut.value = 3;
        System.out.println("  value " + ViaStaticPut.value);
        System.out.println("recursive initialization sees default values:");
        System.out.println("  Chain1.value = " + Chain1.value + ", Chain2.value = " + Chain2.value);
        System.out.println("events: " + events.size());
        new Derived();
    }
}
