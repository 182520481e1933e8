package corpus.hello;

/** The smallest program: one line of output, a string concatenation and a lambda. */
public class Main {
    public static void main(String[] args) {
        Runnable greet = () -> System.out.println("Hello from the corpus, " + args.length + " arguments");
        greet.run();
    }
}
