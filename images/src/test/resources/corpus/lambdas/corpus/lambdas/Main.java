package corpus.lambdas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** Lambdas capturing locals and this, nested, in static initializers and constructors; identity semantics. */
public class Main {
    static final Supplier<String> STATIC_LAMBDA;
    static final List<Runnable> REGISTERED = new ArrayList<>();

    static {
        String greeting = "from <clinit>";
        STATIC_LAMBDA = () -> greeting;
        REGISTERED.add(() -> System.out.println("registered in <clinit>"));
    }

    private final String name;
    private int counter;
    private final Supplier<String> fromConstructor;

    Main(String name) {
        this.name = name;
        this.fromConstructor = () -> "made in the constructor of " + this.name;
        REGISTERED.add(() -> System.out.println("registered by constructor of " + name));
    }

    Runnable incrementer() {
        return () -> counter++;
    }

    Supplier<String> describe(String suffix) {
        return () -> name + suffix + counter;
    }

    private static String privateHelper(int x) {
        return "private helper " + x;
    }

    static Supplier<Supplier<String>> nested(int depth) {
        return () -> {
            int inner = depth * 2;
            return () -> {
                Function<Integer, String> innermost = k -> "nested " + depth + "/" + inner + "/" + k;
                return innermost.apply(inner + 1);
            };
        };
    }

    static Supplier<Object> nonCapturing() {
        return () -> "constant";
    }

    static Supplier<Object> capturing(Object value) {
        return () -> value;
    }

    public static void main(String[] args) {
        System.out.println(STATIC_LAMBDA.get());
        Main main = new Main("m");
        System.out.println(main.fromConstructor.get());
        Runnable increment = main.incrementer();
        increment.run();
        increment.run();
        System.out.println(main.describe("#").get());
        REGISTERED.forEach(Runnable::run);

        int a = 3;
        long b = 4;
        double c = 0.5;
        char ch = 'z';
        boolean flag = true;
        String s = "s";
        Supplier<String> many = () -> a + "," + b + "," + c + "," + ch + "," + flag + "," + s;
        System.out.println("captures " + many.get());

        IntBinaryOperator add = (x, y) -> x + y;
        System.out.println("int op " + add.applyAsInt(2, 3));
        BiFunction<Integer, Long, Double> mixed = (x, y) -> x * 1.0 + y;
        System.out.println("boxed op " + mixed.apply(2, 5L));
        ToLongFunction<String> length = str -> str.length();
        System.out.println("to long " + length.applyAsLong("four"));
        IntSupplier helper = () -> privateHelper(7).length();
        System.out.println("private via lambda " + helper.getAsInt() + " " + privateHelper(1));

        System.out.println(nested(5).get().get());

        Supplier<Object> first = nonCapturing();
        Supplier<Object> second = nonCapturing();
        System.out.println("non-capturing site gives one object: " + (first == second));
        System.out.println("capturing site gives new objects: " + (capturing(1) != capturing(1)));
        Runnable r1 = () -> { };
        Runnable r2 = () -> { };
        System.out.println("two sites differ: " + (r1 != r2));
        System.out.println("lambda class is synthetic: " + first.getClass().isSynthetic());
        System.out.println("lambda equals itself: " + first.equals(first) + ", not another: " + r1.equals(r2));

        List<Supplier<Integer>> loop = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int copy = i;
            loop.add(() -> copy * copy);
        }
        for (Supplier<Integer> each : loop) {
            System.out.print(each.get() + " ");
        }
        System.out.println();

        Function<Object, String> cast = o -> (String) o;
        try {
            cast.apply(42);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException from a lambda body");
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Function<String, Integer> typed = String::length;
        Function raw = typed;
        try {
            raw.apply(Integer.valueOf(3));
        } catch (ClassCastException e) {
            System.out.println("ClassCastException from a converted argument");
        }
        Runnable thrower = () -> {
            throw new IllegalStateException("thrown in lambda");
        };
        try {
            thrower.run();
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage());
        }
    }
}
