package corpus.lambdas;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Lambdas: non-capturing (one instance per call site, as on HotSpot), capturing locals of every type (int, long,
 * double, references, arrays), this and fields, lambdas in static initializers, constructors and default methods,
 * currying, recursion through a field, default methods of functional interfaces (andThen, compose, negate,
 * Comparator combinators), primitive specializations, intersection casts with a marker interface and
 * Serializable (altMetafactory), a functional interface that needs a bridge method, and exceptions from lambdas.
 */
public class Main {
    interface Marker {
    }

    interface Consumer<T> {
        void take(T value);
    }

    interface StringConsumer extends Consumer<String> {
        @Override
        void take(String value); // a lambda for this needs a bridge take(Object)
    }

    interface Greeter {
        String greet(String name);

        default Greeter twice() {
            return name -> greet(greet(name));
        }
    }

    static final Supplier<String> STATIC_SUPPLIER;
    static Function<Integer, Long> factorial;

    static {
        String prefix = "static";
        STATIC_SUPPLIER = () -> prefix + " initializer";
        factorial = n -> n <= 1 ? 1L : n * factorial.apply(n - 1);
    }

    private int base = 10;
    private final IntBinaryOperator fromConstructor;

    Main() {
        int offset = 5;
        fromConstructor = (a, b) -> a * b + offset + base;
    }

    Supplier<Integer> addToBase(int extra) {
        return () -> base + extra;
    }

    static Runnable nonCapturing() {
        return () -> System.out.println("non-capturing ran");
    }

    static Supplier<String> capturing(String s) {
        return () -> s;
    }

    public static void main(String[] args) {
        Runnable r1 = nonCapturing();
        Runnable r2 = nonCapturing();
        r1.run();
        System.out.println("non-capturing same instance: " + (r1 == r2));
        System.out.println("capturing distinct instances: " + (capturing("a") != capturing("a")));
        int i = 7;
        long big = 1L << 40;
        double half = 0.5;
        char c = 'q';
        boolean flag = true;
        String text = "captured";
        int[] box = {0};
        Supplier<String> many = () -> i + " " + big + " " + half + " " + c + " " + flag + " " + text + " " + box[0];
        box[0] = 99;
        System.out.println("captures: " + many.get());
        Main m = new Main();
        Supplier<Integer> plus = m.addToBase(3);
        System.out.println("this capture " + plus.get());
        m.base = 100;
        System.out.println("sees field change " + plus.get() + ", constructor lambda " + m.fromConstructor.applyAsInt(2, 3));
        System.out.println(STATIC_SUPPLIER.get() + ", factorial(20) = " + factorial.apply(20));
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        System.out.println("curried " + adder.apply(3).apply(4));
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println("andThen " + inc.andThen(dbl).apply(5) + ", compose " + inc.compose(dbl).apply(5)
                + ", identity " + Function.<Integer>identity().apply(9));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longer = s -> s.length() > 3;
        System.out.println("negate " + empty.negate().test("") + ", and " + empty.negate().and(longer).test("abcd")
                + ", or " + empty.or(longer).test("ab") + ", not " + Predicate.not(empty).test("x"));
        BinaryOperator<Integer> max = BinaryOperator.maxBy(Comparator.naturalOrder());
        UnaryOperator<String> upper = String::toUpperCase;
        BiFunction<String, Integer, String> repeat = String::repeat;
        System.out.println("maxBy " + max.apply(3, 8) + ", unary " + upper.apply("up") + ", bi "
                + repeat.andThen(s -> "[" + s + "]").apply("ab", 3));
        IntPredicate even = n -> n % 2 == 0;
        LongSupplier nanos = () -> 42L;
        DoubleUnaryOperator square = d -> d * d;
        System.out.println("primitive " + even.test(4) + " " + nanos.getAsLong() + " " + square.andThen(Math::sqrt).applyAsDouble(-3));
        Runnable marked = (Runnable & Marker) () -> System.out.println("marked runnable ran");
        marked.run();
        System.out.println("marker " + (marked instanceof Marker) + ", serializable " + (marked instanceof Serializable));
        Runnable serial = (Runnable & Serializable) () -> System.out.println("serializable runnable ran");
        serial.run();
        System.out.println("serializable " + (serial instanceof Serializable) + ", marker " + (serial instanceof Marker));
        List<String> taken = new ArrayList<>();
        StringConsumer sc = s -> taken.add(s.toUpperCase());
        sc.take("direct");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Consumer<Object> raw = (Consumer) sc;
        raw.take("via bridge");
        try {
            raw.take(12);
        } catch (ClassCastException e) {
            System.out.println("bridge rejects Integer: ClassCastException");
        }
        System.out.println("taken " + taken);
        Greeter hello = name -> "hello " + name;
        System.out.println(hello.twice().greet("world"));
        Comparator<String> byLength = Comparator.comparing(String::length);
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb", "aa", "b", "dddd"));
        words.sort(byLength.thenComparing(Comparator.reverseOrder()));
        System.out.println("sorted " + words);
        Supplier<Supplier<String>> nested = () -> () -> "nested " + text;
        System.out.println(nested.get().get());
        Function<String, Integer> parse = Integer::parseInt;
        try {
            parse.apply("x1");
        } catch (NumberFormatException e) {
            System.out.println("exception from lambda: " + e.getMessage());
        }
        List<Runnable> actions = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int captured = k;
            actions.add(() -> System.out.print(captured * captured + " "));
        }
        actions.forEach(Runnable::run);
        System.out.println();
    }
}
