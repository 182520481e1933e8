package corpus.interpreter;

import java.util.List;

/**
 * A small interpreter for a dynamically typed expression language (several hundred lines over five files): a
 * lexer with positions, a recursive-descent parser with precedence climbing into records of a sealed interface,
 * and a tree-walking evaluator with closures, recursion, while loops and string concatenation. It runs scripts
 * (Fibonacci, closures as counters, primes, string building, an accumulator) and reports lexing, parsing and
 * run-time errors with positions. An argument, if given, is run as one more script.
 */
public class Main {
    static final String[] SCRIPTS = {
        """
        # recursion
        fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
        let i = 0;
        let line = "";
        while i < 15 { line = line + fib(i) + " "; i = i + 1; }
        print line;
        """,
        """
        # closures keep their own state
        fn counter(start) {
          let count = start;
          fn next() { count = count + 1; return count; }
          return next;
        }
        let a = counter(0);
        let b = counter(100);
        a(); a();
        print "a=" + a() + " b=" + b();
        """,
        """
        # primes below 60 by trial division
        fn isPrime(n) {
          if n < 2 { return false; }
          let d = 2;
          while d * d <= n { if n % d == 0 { return false; } d = d + 1; }
          return true;
        }
        let n = 0; let found = "";
        while n < 60 { if isPrime(n) { found = found + n + ","; } n = n + 1; }
        print found;
        print "length " + len(found);
        """,
        """
        # numbers, precedence and logic
        print 1 + 2 * 3 - 4 / 8;
        print (1 + 2) * 3 % 4;
        print -2 * -3 + sqrt(16);
        print 10 / 4;
        print 1 < 2 && 2 < 3 || false;
        print !true == false;
        print nil == nil;
        print "x" + nil + true + 1.5;
        if 0 { print "zero is truthy"; } else { print "zero is falsy"; }
        if nil { print "nil is truthy"; } else if false { print "no"; } else { print "nil is falsy"; }
        """,
        """
        # higher-order functions
        fn twice(f, x) { return f(f(x)); }
        fn square(x) { return x * x; }
        fn compose(f, g) { fn h(x) { return f(g(x)); } return h; }
        print twice(square, 3);
        print compose(square, sqrt)(81);
        print str(twice) + " " + str(len);
        """,
        "print 1 +;",
        "let x = \"unterminated;",
        "print y;",
        "print 1 / (2 - 2);",
        "fn f(a) { return a; } print f(1, 2);",
        "let s = \"text\"; print s - 1;",
        "print 5 @ 3;",
        "fn loop() { while true { } } loop();",
    };

    static void run(String script) {
        StringBuilder output = new StringBuilder();
        Interpreter interpreter = new Interpreter(output);
        try {
            List<Token> tokens = new Lexer(script).tokens();
            List<Node> program = new Parser(tokens).program();
            interpreter.run(program);
            System.out.print(output);
            System.out.println("-- ok, " + tokens.size() + " tokens, " + program.size() + " statements, " + interpreter.steps()
                    + " steps");
        } catch (ScriptError e) {
            System.out.print(output);
            System.out.println("-- error: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        for (String script : SCRIPTS) {
            run(script);
        }
        if (args.length > 0) {
            run(args[0]);
        }
        System.out.println("tokens of 'let x = 1;': " + new Lexer("let x = 1;").tokens());
    }
}
