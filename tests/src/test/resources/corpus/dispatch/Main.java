package corpus.dispatch;

import java.util.ArrayList;
import java.util.List;

/**
 * Method invocation: invokevirtual through a class hierarchy with overriding at several levels, invokespecial for
 * super calls, private methods and constructors, invokestatic with static method hiding, invokeinterface through
 * several interfaces implemented by unrelated classes and through an interface implemented by a superclass,
 * overload resolution at compile time (static types decide, dynamic types do not), package-private methods,
 * final and abstract methods, and a virtual call on every element of a heterogeneous array.
 */
public class Main {
    interface Speaker {
        String speak();
    }

    interface Mover {
        default String move() {
            return "moves";
        }
    }

    static abstract class Animal implements Speaker, Mover {
        final String name;

        Animal(String name) {
            this.name = name;
        }

        abstract int legs();

        String describe() {
            return name + " has " + legs() + " legs, says " + speak() + " and " + move() + " " + secret();
        }

        private String secret() {
            return "(animal secret)";
        }

        static String kind() {
            return "animal";
        }

        final String tag() {
            return "tag:" + name;
        }
    }

    static class Dog extends Animal {
        Dog() {
            super("dog");
        }

        @Override
        int legs() {
            return 4;
        }

        @Override
        public String speak() {
            return "woof";
        }

        private String secret() {
            return "(dog secret)";
        }

        static String kind() {
            return "dog";
        }
    }

    static class Puppy extends Dog {
        @Override
        public String speak() {
            return "yip (not " + super.speak() + ")";
        }

        @Override
        public String move() {
            return "tumbles";
        }
    }

    static class Bird extends Animal {
        Bird() {
            super("bird");
        }

        @Override
        int legs() {
            return 2;
        }

        @Override
        public String speak() {
            return "tweet";
        }

        @Override
        public String move() {
            return "flies, or " + super.move().replace("moves", "walks");
        }
    }

    static class Robot implements Speaker {
        @Override
        public String speak() {
            return "beep";
        }
    }

    static String overload(Object o) {
        return "Object";
    }

    static String overload(String s) {
        return "String";
    }

    static String overload(Animal a) {
        return "Animal";
    }

    static String overload(Dog d) {
        return "Dog";
    }

    static String prim(long x) {
        return "long";
    }

    static String prim(double x) {
        return "double";
    }

    static String prim(Object x) {
        return "Object";
    }

    public static void main(String[] args) {
        Animal[] animals = {new Dog(), new Puppy(), new Bird()};
        for (Animal a : animals) {
            System.out.println(a.describe() + " " + a.tag() + " " + a.getClass().getSimpleName());
        }
        List<Speaker> speakers = new ArrayList<>(List.of(animals));
        speakers.add(new Robot());
        speakers.add(() -> "lambda speaks");
        StringBuilder chorus = new StringBuilder();
        for (Speaker s : speakers) {
            chorus.append(s.speak()).append(" | ");
        }
        System.out.println("chorus " + chorus);
        Animal puppyAsAnimal = new Puppy();
        Object dogAsObject = new Dog();
        System.out.println("overloads: " + overload(puppyAsAnimal) + " " + overload(dogAsObject) + " " + overload(new Puppy())
                + " " + overload("s") + " " + overload((Object) "s") + " " + overload(null == null ? (Dog) null : null));
        System.out.println("primitive overloads: " + prim(1) + " " + prim(1.0f) + " " + prim('c') + " " + prim(Integer.valueOf(1)));
        System.out.println("static hiding: " + Animal.kind() + " " + Dog.kind() + " " + Puppy.kind());
        Mover m = animals[2];
        System.out.println("interface through superclass: " + m.move() + ", puppy " + ((Mover) animals[1]).move());
        long count = 0;
        Speaker[] many = new Speaker[100];
        for (int i = 0; i < many.length; i++) {
            many[i] = i % 3 == 0 ? new Dog() : i % 3 == 1 ? new Robot() : new Bird();
        }
        for (Speaker s : many) {
            count += s.speak().length();
        }
        System.out.println("megamorphic call total " + count);
        System.out.println("toString/equals/hashCode of Object: " + new Object().equals(null) + " "
                + "str".equals("str") + " " + "str".toString());
    }
}
