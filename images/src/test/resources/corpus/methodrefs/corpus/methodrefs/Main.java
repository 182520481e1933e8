package corpus.methodrefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** Method references of every kind, with the conversions the metafactory applies. */
public class Main extends Base {
    private final String id;

    public Main(String id) {
        this.id = id;
    }

    private Main(int n) {
        this.id = "private-ctor-" + n;
    }

    @Override
    public String greet() {
        return "Main.greet";
    }

    Supplier<String> superGreet() {
        return super::greet;
    }

    Supplier<String> thisGreet() {
        return this::greet;
    }

    Function<String, String> superShout() {
        return super::shout;
    }

    private String secret(String s) {
        return "secret of " + id + ": " + s;
    }

    private static int twice(int x) {
        return 2 * x;
    }

    static String join(String... parts) {
        return String.join("+", parts);
    }

    /** A nestmate whose references reach Main's private members. */
    static class Nested {
        Function<String, String> secretOf(Main m) {
            return m::secret;
        }

        IntUnaryOperator twice() {
            return Main::twice;
        }

        IntFunction<Main> privateConstructor() {
            return Main::new;
        }

        private static String nestedPrivate(Object o) {
            return "nested private " + o;
        }
    }

    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    public static void main(String[] args) {
        Function<String, Integer> unbound = String::length;
        System.out.println("unbound " + unbound.apply("hello"));
        String target = "bound receiver";
        Supplier<Integer> bound = target::length;
        System.out.println("bound " + bound.get());
        Function<Integer, String> staticRef = Integer::toHexString;
        System.out.println("static " + staticRef.apply(255));
        Supplier<List<String>> ctor = ArrayList::new;
        List<String> made = ctor.get();
        made.add("x");
        System.out.println("constructor " + made);
        Function<String, Main> ctorWithArg = Main::new;
        System.out.println("constructor with argument " + ctorWithArg.apply("a").id);
        IntFunction<int[]> intArray = int[]::new;
        System.out.println("int[]::new " + intArray.apply(3).length);
        IntFunction<String[][]> stringArray = String[][]::new;
        System.out.println("String[][]::new " + stringArray.apply(2).length);
        Function<List<String>, Integer> interfaceRef = List::size;
        System.out.println("interface " + interfaceRef.apply(List.of("a", "b")));
        Main main = new Main("main");
        System.out.println("super::greet " + main.superGreet().get() + ", this::greet " + main.thisGreet().get());
        System.out.println("super::shout " + main.superShout().apply("hey"));
        Nested nested = new Nested();
        System.out.println(nested.secretOf(main).apply("x"));
        System.out.println("private static " + nested.twice().applyAsInt(21));
        System.out.println("private constructor " + nested.privateConstructor().apply(9).id);
        Function<Object, String> nestedPrivate = Nested::nestedPrivate;
        System.out.println(nestedPrivate.apply("y"));
        BiFunction<String, String, String> varargs = Main::join;
        System.out.println("varargs " + varargs.apply("a", "b"));
        TriFunction<String, Integer, Integer, String> substring = String::substring;
        System.out.println("three arguments " + substring.apply("abcdef", 1, 4));

        // Conversions: unboxing, boxing, widening of arguments and results.
        ToIntFunction<Integer> unbox = Integer::intValue;
        System.out.println("unbox " + unbox.applyAsInt(41));
        Function<Integer, Integer> absolute = Math::abs;
        System.out.println("unbox and box " + absolute.apply(-5));
        LongSupplier widenResult = "abc"::length;
        System.out.println("int result widened to long " + widenResult.getAsLong());
        DoubleUnaryOperator widenArgument = Math::sqrt;
        System.out.println("double " + widenArgument.applyAsDouble(2.25));
        Function<Character, Integer> charToInt = Character::getNumericValue;
        System.out.println("Character unboxed " + charToInt.apply('7'));
        Function<Byte, Long> byteToLong = Long::valueOf;
        System.out.println("Byte to long " + byteToLong.apply((byte) 12));
        Supplier<Object> boxed = "xyz"::hashCode;
        System.out.println("boxed result " + boxed.get() + " " + boxed.get().getClass().getSimpleName());
        Predicate<String> isEmpty = String::isEmpty;
        System.out.println("predicate " + isEmpty.test("") + " " + isEmpty.negate().test(""));
        Comparator<String> byLength = Comparator.comparing(String::length);
        List<String> words = new ArrayList<>(Arrays.asList("ccc", "a", "bb"));
        words.sort(byLength.thenComparing(Comparator.reverseOrder()));
        System.out.println("sorted " + words);
        Function<String, String> upper = String::toUpperCase;
        System.out.println("composed " + upper.andThen(s -> s + "!").compose((String s) -> s.trim()).apply("  hi "));
        Runnable discarded = main::greet;
        discarded.run();
        System.out.println("result discarded");
        Object nullTarget = null;
        try {
            Supplier<String> npe = nullTarget::toString;
            System.out.println("not reached " + npe);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException for a null bound receiver");
        }
    }
}
