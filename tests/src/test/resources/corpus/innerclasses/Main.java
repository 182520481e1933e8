package corpus.innerclasses;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Nested classes: inner classes reading and writing the outer instance's private fields (nestmates), static
 * nested classes, inner classes of inner classes (Outer.this chains), local classes capturing effectively final
 * locals and parameters, anonymous classes implementing interfaces and extending classes with constructor
 * arguments, local records, enums and interfaces, an inner class created from outside (outer.new Inner()),
 * and the binary names of all of them.
 */
public class Main {
    private int counter = 100;
    private static String secret = "static secret";

    class Inner {
        private int own = 1;

        int bump() {
            counter++;
            return counter + own;
        }

        class Deeper {
            String describe() {
                return "deeper sees " + counter + " and " + own + " via " + Main.this.counter;
            }
        }
    }

    static class Nested {
        String read() {
            return "nested reads " + secret;
        }
    }

    static abstract class Greeter {
        final String greeting;

        Greeter(String greeting) {
            this.greeting = greeting;
        }

        abstract String greet(String name);
    }

    Iterator<Integer> countdown(final int from) {
        class Countdown implements Iterator<Integer> {
            int next = from;

            @Override
            public boolean hasNext() {
                return next > 0;
            }

            @Override
            public Integer next() {
                counter--;
                return next--;
            }
        }
        return new Countdown();
    }

    public static void main(String[] args) {
        Main outer = new Main();
        Main.Inner inner = outer.new Inner();
        System.out.println("bump " + inner.bump() + ", bump " + inner.bump() + ", outer counter " + outer.counter);
        Main.Inner.Deeper deeper = inner.new Deeper();
        System.out.println(deeper.describe());
        System.out.println(new Nested().read());
        List<Integer> values = new ArrayList<>();
        for (Iterator<Integer> it = outer.countdown(4); it.hasNext(); ) {
            values.add(it.next());
        }
        System.out.println("countdown " + values + ", counter now " + outer.counter);
        String suffix = "!";
        Greeter polite = new Greeter("Good day") {
            @Override
            String greet(String name) {
                return greeting + ", " + name + suffix;
            }
        };
        System.out.println(polite.greet("Ada"));
        Runnable anonymousRunnable = new Runnable() {
            int runs;

            @Override
            public void run() {
                runs++;
                System.out.println("anonymous run " + runs + " of " + getClass().getName());
            }
        };
        anonymousRunnable.run();
        anonymousRunnable.run();
        record Point(int x, int y) {
            int manhattan() {
                return Math.abs(x) + Math.abs(y);
            }
        }
        enum Direction { NORTH, EAST, SOUTH, WEST }
        interface Mover {
            Point move(Point p, Direction d);
        }
        Mover mover = (p, d) -> switch (d) {
            case NORTH -> new Point(p.x(), p.y() + 1);
            case SOUTH -> new Point(p.x(), p.y() - 1);
            case EAST -> new Point(p.x() + 1, p.y());
            case WEST -> new Point(p.x() - 1, p.y());
        };
        Point p = new Point(0, 0);
        for (Direction d : new Direction[] {Direction.NORTH, Direction.NORTH, Direction.WEST, Direction.SOUTH}) {
            p = mover.move(p, d);
        }
        System.out.println("local record " + p + " distance " + p.manhattan());
        System.out.println("names: " + Inner.class.getName() + ", " + Inner.Deeper.class.getName() + ", "
                + Nested.class.getName() + ", " + polite.getClass().getName() + ", " + Point.class.getName() + ", "
                + Direction.class.getName() + ", simple " + Inner.Deeper.class.getSimpleName() + ", "
                + Point.class.getSimpleName() + ", anonymous simple '" + polite.getClass().getSimpleName() + "'");
        class Accumulator {
            int total;

            void add(int v) {
                total += v;
            }
        }
        Accumulator acc = new Accumulator();
        for (int i = 1; i <= 10; i++) {
            acc.add(i);
        }
        System.out.println("local class total " + acc.total + " name " + acc.getClass().getName());
    }
}
