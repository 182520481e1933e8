package corpus.instanceinit;

/**
 * Object construction order: the superclass constructor first, then field initializers and instance initializer
 * blocks in source order, then the constructor body; this(...) delegation; a virtual call from a superclass
 * constructor reaches the subclass override before the subclass's fields are initialized (it sees 0 and null);
 * final fields; and instance initializers of anonymous classes.
 */
public class Main {
    static StringBuilder trace = new StringBuilder();

    static int note(String what, int value) {
        trace.append(what).append(' ');
        return value;
    }

    static class Base {
        int baseField = note("Base.field", 1);

        {
            note("Base.block", 0);
        }

        Base() {
            note("Base()", 0);
            describe();
        }

        void describe() {
            note("Base.describe", 0);
        }
    }

    static class Child extends Base {
        int childField = note("Child.field", 2);
        final String label;
        String name = "named";

        {
            note("Child.block1", 0);
        }

        Child() {
            this("default");
            note("Child()", 0);
        }

        Child(String label) {
            super();
            this.label = label;
            note("Child(String)", 0);
        }

        {
            note("Child.block2", 0);
        }

        @Override
        void describe() {
            note("Child.describe(childField=" + childField + ",name=" + name + ")", 0);
        }
    }

    public static void main(String[] args) {
        Child c = new Child();
        System.out.println(trace.toString().trim());
        System.out.println("after: baseField " + c.baseField + ", childField " + c.childField + ", label " + c.label
                + ", name " + c.name);
        trace.setLength(0);
        new Child("x").describe();
        System.out.println(trace.toString().trim());
        trace.setLength(0);
        Base anonymous = new Base() {
            int extra = note("anon.field", 3);

            {
                note("anon.block", 0);
            }

            @Override
            void describe() {
                note("anon.describe(extra=" + extra + ")", 0);
            }
        };
        anonymous.describe();
        System.out.println(trace.toString().trim());
        System.out.println("anonymous class " + anonymous.getClass().getName() + ", superclass "
                + anonymous.getClass().getSuperclass().getName());
    }
}
