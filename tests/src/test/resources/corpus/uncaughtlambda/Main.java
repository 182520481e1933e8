package corpus.uncaughtlambda;

import java.util.List;
import java.util.function.Function;

/**
 * An exception thrown inside lambdas and a method reference escapes main through the JDK's own frames
 * (ArrayList.forEach). The lambda's body (lambda$main$N) and every other frame keep their line numbers; only the
 * frames of the lambda classes themselves differ between HotSpot and desugared code (see StackTraces).
 */
public class Main {
    static int check(int value) {
        if (value > 2) {
            throw new IllegalArgumentException("value too large: " + value);
        }
        return value;
    }

    public static void main(String[] args) {
        Function<Integer, Integer> twice = x -> check(x) * 2;
        List<Integer> values = List.of(1, 2, 3);
        System.out.println("twice 1 = " + twice.apply(1));
        List.of(1, 2).forEach(Main::check);
        values.forEach(v -> System.out.println("checked " + twice.apply(v)));
    }
}
