package corpus.interfaces;

import java.util.function.Function;
import java.util.function.Supplier;

/** Lambdas in default, static and private interface methods (private implementations in an interface). */
public class Main {
    interface Greeter {
        String name();

        default Supplier<String> greeting() {
            return () -> "hello " + name() + suffix();
        }

        private String suffix() {
            return "!";
        }

        static Function<String, String> decorator(String left) {
            return s -> left + s + left;
        }

        private static String helper(String s) {
            return "<" + s + ">";
        }

        default Function<String, String> bracket() {
            return Greeter::helper;
        }

        default Supplier<String> suffixRef() {
            return this::suffix;
        }
    }

    interface Shape {
        double area();

        default String describe() {
            Function<Double, String> format = a -> String.format("%.2f", a);
            return getClass().getSimpleName() + " with area " + format.apply(area());
        }
    }

    static final class Square implements Shape {
        private final double side;

        Square(double side) {
            this.side = side;
        }

        @Override
        public double area() {
            return side * side;
        }
    }

    public static void main(String[] args) {
        Greeter greeter = () -> "world";
        System.out.println(greeter.greeting().get());
        System.out.println(Greeter.decorator("*").apply("star"));
        System.out.println(greeter.bracket().apply("x") + " " + greeter.suffixRef().get());
        System.out.println(new Square(1.5).describe());
        Shape circle = () -> Math.PI;
        System.out.println(circle.area() > 3);
    }
}
