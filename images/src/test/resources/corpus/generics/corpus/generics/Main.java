package corpus.generics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;

/** Generic functional interfaces with bridge methods, marker interfaces, serializable lambdas. */
public class Main {
    interface Transformer<T, R> {
        R transform(T value);
    }

    /** Overrides with more specific types: javac asks altMetafactory for the bridge transform(Object)Object. */
    interface StringTransformer extends Transformer<String, String> {
        @Override
        String transform(String value);
    }

    interface IntTransformer extends Transformer<Integer, Integer>, Function<Integer, Integer> {
        @Override
        Integer transform(Integer value);

        @Override
        default Integer apply(Integer value) {
            return transform(value);
        }
    }

    interface Marker {
    }

    interface SerializableSupplier<T> extends Supplier<T>, Serializable {
    }

    /** Its interface extends Serializable, which makes javac ask for a serializable lambda. */
    interface SerializableByInterface extends Serializable {
        String get();
    }

    static <T, R> R applyRaw(Transformer<T, R> transformer, T value) {
        return transformer.transform(value);
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(Object object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws java.io.IOException,
                    ClassNotFoundException {
                return Class.forName(desc.getName(), false, Main.class.getClassLoader());
            }
        }) {
            return (T) in.readObject();
        }
    }

    public static void main(String[] args) throws Exception {
        StringTransformer exclaim = s -> s + "!";
        System.out.println("direct " + exclaim.transform("hi"));
        System.out.println("through the bridge " + applyRaw(exclaim, "bridge"));
        Transformer<String, String> viaSuper = exclaim;
        System.out.println("super type " + viaSuper.transform("super"));

        IntTransformer square = x -> x * x;
        System.out.println("int " + square.transform(7) + " " + applyRaw(square, 8) + " " + square.apply(9));
        Function<Integer, Integer> asFunction = square;
        System.out.println("andThen " + asFunction.andThen(x -> x + 1).apply(3));

        Runnable marked = (Runnable & Marker) () -> System.out.println("marked runs");
        marked.run();
        System.out.println("marker " + (marked instanceof Marker) + ", serializable "
                + (marked instanceof Serializable));

        int base = 40;
        SerializableSupplier<Integer> serializable = () -> base + 2;
        System.out.println("serializable " + serializable.get() + " " + (serializable instanceof Serializable));
        SerializableSupplier<Integer> copy = roundTrip(serializable);
        System.out.println("after a round trip " + copy.get() + ", same object " + (copy == serializable));

        Runnable intersection = (Runnable & Serializable) () -> System.out.println("intersection runs");
        Runnable intersectionCopy = roundTrip(intersection);
        intersectionCopy.run();

        Comparator<String> comparator = (Comparator<String> & Serializable) (x, y) -> y.compareTo(x);
        Comparator<String> comparatorCopy = roundTrip(comparator);
        System.out.println("comparator copy " + comparatorCopy.compare("a", "b"));

        String suffix = "?";
        SerializableByInterface byInterface = () -> "by interface" + suffix;
        SerializableByInterface byInterfaceCopy = roundTrip(byInterface);
        System.out.println(byInterface.get() + " " + byInterfaceCopy.get());
        Runnable notSerializable = () -> System.out.println("plain");
        try {
            roundTrip(notSerializable);
            System.out.println("serialized (unexpected)");
        } catch (java.io.NotSerializableException e) {
            System.out.println("a plain lambda is not serializable");
        }
    }
}
