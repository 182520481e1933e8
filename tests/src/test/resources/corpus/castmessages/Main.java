package corpus.castmessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * checkcast and instanceof across classes, interfaces and arrays, and ClassCastException's messages: "class
 * java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in
 * module java.base of loader 'bootstrap')", application classes (loader 'app'), arrays; casts of null succeed;
 * ArrayStoreException "java.lang.Integer" from Object[] covariance; heap pollution caught at a cast javac inserted.
 */
public class Main {
    interface Animal {
    }

    static class Dog implements Animal {
    }

    static class Cat implements Animal {
    }

    static void attempt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + ": ok");
        } catch (ClassCastException | ArrayStoreException e) {
            System.out.println(label + ": " + e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Object string = "text";
        Object dog = new Dog();
        Object ints = new int[] {1};
        Object strings = new String[] {"a"};
        Object nothing = null;
        attempt("String to Integer", () -> System.out.println((Integer) string));
        attempt("Dog to Cat", () -> System.out.println((Cat) dog));
        attempt("Dog to Animal", () -> System.out.println(((Animal) dog).getClass().getName()));
        attempt("String to Animal", () -> System.out.println((Animal) string));
        attempt("int[] to long[]", () -> System.out.println(((long[]) ints).length));
        attempt("int[] to Object[]", () -> System.out.println(((Object[]) ints).length));
        attempt("String[] to Object[]", () -> System.out.println(((Object[]) strings).length));
        attempt("String[] to Integer[]", () -> System.out.println(((Integer[]) strings).length));
        attempt("null to Dog", () -> System.out.println((Dog) nothing));
        attempt("Dog to String", () -> System.out.println((String) dog));
        Object[] covariant = new String[2];
        attempt("store Integer in String[]", () -> covariant[0] = 1);
        attempt("store String in String[]", () -> covariant[1] = "fine");
        attempt("store null in String[]", () -> covariant[0] = null);
        Object[] animals = new Animal[1];
        attempt("store Dog in Animal[]", () -> animals[0] = new Dog());
        attempt("store String in Animal[]", () -> animals[0] = "cat");
        Object[][] rows = new Integer[1][];
        attempt("store String[] in Integer[][]", () -> rows[0] = new String[0]);
        List raw = new ArrayList();
        raw.add("not a number");
        List<Integer> numbers = raw;
        attempt("heap pollution", () -> System.out.println(numbers.get(0) + 1));
        Object[] probes = {"s", 1, 2L, 'c', new Dog(), new int[0], new String[0], new Dog[0], null, new ArrayList<>()};
        for (Object o : probes) {
            System.out.println((o == null ? "null" : o.getClass().getName()) + ": Object " + (o instanceof Object)
                    + ", Animal " + (o instanceof Animal) + ", Dog " + (o instanceof Dog) + ", Comparable "
                    + (o instanceof Comparable) + ", Serializable " + (o instanceof Serializable) + ", Cloneable "
                    + (o instanceof Cloneable) + ", Object[] " + (o instanceof Object[]) + ", Animal[] "
                    + (o instanceof Animal[]) + ", Number " + (o instanceof Number) + ", CharSequence "
                    + (o instanceof CharSequence));
        }
        Object value = 42;
        if (value instanceof Integer i && i > 40) {
            System.out.println("pattern match binds " + (i + 1));
        }
        Object text = "hello";
        String described = text instanceof String s ? "string of length " + s.length() : "not a string";
        System.out.println(described);
        System.out.println("Class.cast ok " + String.class.cast("x") + ", isInstance " + Number.class.isInstance(3));
        attempt("Class.cast fails", () -> Integer.class.cast("y"));
    }
}
