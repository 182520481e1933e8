package corpus.inner;

import java.util.Iterator;
import java.util.function.IntSupplier;

/** Inner, anonymous and local classes, with lambdas inside them. */
public class Main {
    private int value = 10;

    class Inner {
        int read() {
            return value;
        }

        IntSupplier lambda() {
            return () -> value + read();
        }
    }

    static class Counter implements Iterable<Integer> {
        private final int limit;

        Counter(int limit) {
            this.limit = limit;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < limit;
                }

                @Override
                public Integer next() {
                    return next++;
                }
            };
        }
    }

    IntSupplier anonymousWithLambda() {
        return new IntSupplier() {
            private final IntSupplier delegate = () -> value * 2;

            @Override
            public int getAsInt() {
                return delegate.getAsInt() + 1;
            }
        };
    }

    public static void main(String[] args) {
        Main main = new Main();
        Main.Inner inner = main.new Inner();
        System.out.println("inner " + inner.read() + " lambda " + inner.lambda().getAsInt());
        main.value = 20;
        System.out.println("after change " + inner.lambda().getAsInt());
        for (int i : new Counter(3)) {
            System.out.print(i + " ");
        }
        System.out.println();
        System.out.println("anonymous " + main.anonymousWithLambda().getAsInt());
        class Local {
            String hello(String name) {
                Runnable r = () -> System.out.println("local class lambda " + name);
                r.run();
                return "hello " + name;
            }
        }
        System.out.println(new Local().hello("world"));
        Object anonymous = new Object() {
            @Override
            public String toString() {
                return "anonymous toString";
            }
        };
        System.out.println(anonymous);
        System.out.println("anonymous class name is " + anonymous.getClass().getName());
    }
}
