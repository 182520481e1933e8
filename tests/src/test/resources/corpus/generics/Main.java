package corpus.generics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Generics: generic classes and methods, bounded types (T extends Comparable<? super T>), wildcards, and the
 * bridge methods javac generates for erasure (Comparable.compareTo(Object) calling compareTo(Version), a generic
 * interface method implemented with a concrete type, covariant return types) reached through raw and interface
 * calls; a bridge's checkcast failing with ClassCastException; recursive generics.
 */
public class Main {
    static final class Version implements Comparable<Version> {
        final int major, minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        @Override
        public int compareTo(Version other) {
            return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    interface Transformer<A, B> {
        B transform(A input);
    }

    static class Lengths implements Transformer<String, Integer> {
        @Override
        public Integer transform(String input) {
            return input.length();
        }
    }

    static class Animal {
        Animal reproduce() {
            return new Animal();
        }

        @Override
        public String toString() {
            return "animal";
        }
    }

    static class Sheep extends Animal {
        @Override
        Sheep reproduce() { // covariant return: a bridge Animal reproduce() is generated
            return new Sheep();
        }

        @Override
        public String toString() {
            return "sheep";
        }
    }

    static class Box<T> {
        private T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }

        <R> Box<R> map(Function<? super T, ? extends R> f) {
            return new Box<>(f.apply(value));
        }

        @Override
        public String toString() {
            return "Box(" + value + ")";
        }
    }

    static class IntBox extends Box<Integer> {
        IntBox(int v) {
            super(v);
        }

        @Override
        Integer get() { // overrides the erased Object get(): bridge
            return super.get() * 10;
        }
    }

    static <T extends Comparable<? super T>> T max(Collection<? extends T> items) {
        T best = null;
        for (T item : items) {
            if (best == null || item.compareTo(best) > 0) {
                best = item;
            }
        }
        return best;
    }

    static double sum(List<? extends Number> numbers) {
        double total = 0;
        for (Number n : numbers) {
            total += n.doubleValue();
        }
        return total;
    }

    static void fill(List<? super Integer> target, int n) {
        for (int i = 0; i < n; i++) {
            target.add(i);
        }
    }

    abstract static class Node<N extends Node<N>> {
        abstract N self();

        int depth = 0;

        N deeper() {
            depth++;
            return self();
        }
    }

    static class Leaf extends Node<Leaf> {
        @Override
        Leaf self() {
            return this;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        List<Version> versions = new ArrayList<>(List.of(new Version(1, 10), new Version(2, 0), new Version(1, 9)));
        System.out.println("max version " + max(versions));
        versions.sort(Comparator.naturalOrder());
        System.out.println("sorted " + versions);
        Comparable raw = new Version(3, 1);
        System.out.println("raw compareTo through the bridge " + raw.compareTo(new Version(3, 0)));
        try {
            raw.compareTo("not a version");
        } catch (ClassCastException e) {
            System.out.println("bridge cast fails: " + e.getMessage().substring(0, e.getMessage().indexOf(" (")));
        }
        Transformer<String, Integer> t = new Lengths();
        System.out.println("transform " + t.transform("generic"));
        Transformer rawT = t;
        try {
            rawT.transform(12);
        } catch (ClassCastException e) {
            System.out.println("raw transform fails with ClassCastException");
        }
        Animal a = new Sheep();
        System.out.println("covariant " + a.reproduce() + " " + new Sheep().reproduce().reproduce());
        Box<String> box = new Box<>("hello");
        Box<Integer> length = box.map(String::length);
        System.out.println(box + " -> " + length + " -> " + length.map(n -> n * 2.5));
        Box<Integer> intBox = new IntBox(4);
        System.out.println("IntBox get through Box " + intBox.get() + ", raw " + ((Box) intBox).get());
        System.out.println("max of strings " + max(List.of("pear", "apple", "quince")) + ", max of ints "
                + max(List.of(3, 9, -2)));
        System.out.println("sum of mixed numbers " + sum(List.of(1, 2.5, 3L, 4.25f)));
        List<Number> numbers = new ArrayList<>();
        fill(numbers, 4);
        List<Object> objects = new ArrayList<>();
        fill(objects, 2);
        System.out.println("filled " + numbers + " " + objects);
        Leaf leaf = new Leaf().deeper().deeper().deeper();
        System.out.println("recursive generic depth " + leaf.depth);
        List<? extends CharSequence> sequences = List.of("ab", new StringBuilder("cde"));
        int chars = 0;
        for (CharSequence cs : sequences) {
            chars += cs.length();
        }
        System.out.println("wildcard chars " + chars);
    }
}
