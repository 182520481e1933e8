package corpus.methodrefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongBinaryOperator;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Method references of every kind: static (public and private), bound instance (with the receiver's null check at
 * capture time), unbound instance on classes and interfaces, super::m and this::m, constructors (public, private,
 * of an inner class that captures the outer instance, of a generic class), array constructors, varargs
 * adaptation, and the JDK's argument and return conversions (unboxing, boxing, widening int to long,
 * Integer to Number).
 */
public class Main {
    static class Base {
        String who() {
            return "base";
        }
    }

    static class Derived extends Base {
        @Override
        String who() {
            return "derived";
        }

        Supplier<String> viaSuper() {
            return super::who;
        }

        Supplier<String> viaThis() {
            return this::who;
        }
    }

    class Inner {
        final int n;

        Inner(int n) {
            this.n = n;
        }

        @Override
        public String toString() {
            return "Inner(" + n + ", outer " + tag + ")";
        }
    }

    static class Secret {
        private final String value;

        private Secret(String value) {
            this.value = value;
        }

        private String reveal() {
            return "secret " + value;
        }
    }

    final String tag = "outer";

    private static int twice(int x) {
        return 2 * x;
    }

    static String joinAll(String... parts) {
        return String.join("/", parts);
    }

    static long widen(long a, long b) {
        return a * b;
    }

    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        Function<Integer, Integer> privateStatic = Main::twice;
        System.out.println("static " + parse.apply("123") + ", private static " + privateStatic.apply(21));
        String greeting = "hello";
        Function<String, String> bound = greeting::concat;
        Supplier<Integer> boundLength = greeting::length;
        System.out.println("bound " + bound.apply(" world") + " " + boundLength.get());
        String nothing = null;
        try {
            Supplier<Integer> fails = nothing::length;
            System.out.println("not reached " + fails);
        } catch (NullPointerException e) {
            System.out.println("bound to null: NullPointerException at capture");
        }
        Function<String, Integer> unbound = String::length;
        ToIntFunction<List<String>> size = List::size;
        BiFunction<String, String, Boolean> startsWith = String::startsWith;
        System.out.println("unbound " + unbound.apply("four") + ", interface " + size.applyAsInt(List.of("a", "b"))
                + ", two args " + startsWith.apply("prefix", "pre"));
        Derived d = new Derived();
        System.out.println("super::who " + d.viaSuper().get() + ", this::who " + d.viaThis().get());
        Supplier<List<String>> newList = ArrayList::new;
        Function<Integer, List<String>> sized = ArrayList::new;
        List<String> list = newList.get();
        list.add("made");
        System.out.println("constructors " + list + " " + sized.apply(10).size());
        Main outer = new Main();
        Function<Integer, Inner> innerMaker = outer.makeInner();
        System.out.println("inner constructor " + innerMaker.apply(5));
        Function<String, Secret> secretMaker = Secret::new;
        Function<Secret, String> reveal = Secret::reveal;
        System.out.println("private constructor and method: " + reveal.apply(secretMaker.apply("x")));
        Function<String, TreeMap<String, Integer>> generic = s -> new TreeMap<>();
        Supplier<TreeMap<String, Integer>> genericCtor = TreeMap::new;
        System.out.println("generic constructor " + generic.apply("").size() + genericCtor.get().size());
        IntFunction<int[]> intArray = int[]::new;
        Function<Integer, String[][]> stringMatrix = String[][]::new;
        System.out.println("array constructors " + intArray.apply(3).length + " " + stringMatrix.apply(2).length + " "
                + Arrays.toString(List.of("a", "b").toArray(String[]::new)));
        Function<String, String> oneArg = Main::joinAll;
        BiFunction<String, String, String> twoArgs = Main::joinAll;
        Supplier<String> noArgs = Main::joinAll;
        System.out.println("varargs adaptation '" + oneArg.apply("a") + "' '" + twoArgs.apply("a", "b") + "' '"
                + noArgs.get() + "'");
        ToLongFunction<Integer> widenReturn = Integer::intValue;
        LongBinaryOperator widenArgs = Main::widen;
        Function<Integer, Number> upcast = Integer::valueOf;
        Function<int[], Integer> unboxResult = a -> a.length;
        System.out.println("conversions " + widenReturn.applyAsLong(7) + " " + widenArgs.applyAsLong(1 << 20, 1 << 20)
                + " " + upcast.apply(5).getClass().getSimpleName() + " " + unboxResult.apply(new int[4]));
        Function<Object, String> toStr = Objects::toString;
        Function<Object, Integer> hash = Object::hashCode;
        System.out.println("Object methods " + toStr.apply(12) + " " + hash.apply("abc"));
        List<String> names = new ArrayList<>(List.of("delta", "Alpha", "charlie", "Bravo"));
        names.sort(String::compareToIgnoreCase);
        names.replaceAll(String::toUpperCase);
        names.forEach(System.out::println);
    }

    Function<Integer, Inner> makeInner() {
        return Inner::new;
    }
}
