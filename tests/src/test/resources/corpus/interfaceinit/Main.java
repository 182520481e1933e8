package corpus.interfaceinit;

/**
 * Interface initialization (JVMS 5.5): initializing a class does not initialize the interfaces it implements,
 * unless they declare default methods (then superinterfaces with defaults are initialized before the class);
 * an interface is initialized when one of its non-constant fields is read; a subinterface's initialization does
 * not initialize its superinterfaces; calling a static interface method initializes that interface.
 */
public class Main {
    static int log(String event) {
        System.out.println("  " + event);
        return event.length();
    }

    interface Plain {
        int FIELD = log("Plain initialized");

        void run();
    }

    interface WithDefault {
        int FIELD = log("WithDefault initialized");

        default String greet() {
            return "default greeting";
        }
    }

    interface SubOfPlain extends Plain {
        int SUB_FIELD = log("SubOfPlain initialized");
    }

    interface WithStatic {
        int FIELD = log("WithStatic initialized");

        static String util() {
            return "static interface method";
        }
    }

    interface Constants {
        int ANSWER = 42;
        String NAME = "constants";
        Object NOT_CONSTANT = log("Constants initialized");
    }

    static class Impl implements SubOfPlain, WithDefault {
        static {
            log("Impl initialized");
        }

        @Override
        public void run() {
            log("Impl.run");
        }
    }

    public static void main(String[] args) {
        System.out.println("new Impl (WithDefault before Impl, Plain and SubOfPlain untouched):");
        Impl impl = new Impl();
        impl.run();
        System.out.println("  " + impl.greet());
        System.out.println("SubOfPlain.SUB_FIELD (Plain untouched):");
        System.out.println("  = " + SubOfPlain.SUB_FIELD);
        System.out.println("Plain.FIELD:");
        System.out.println("  = " + Plain.FIELD);
        System.out.println("static interface method:");
        System.out.println("  " + WithStatic.util());
        System.out.println("constants of an interface:");
        System.out.println("  " + Constants.ANSWER + " " + Constants.NAME);
        System.out.println("non-constant field of the same interface:");
        System.out.println("  " + Constants.NOT_CONSTANT);
    }
}
