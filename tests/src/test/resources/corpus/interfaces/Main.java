package corpus.interfaces;

import java.util.ArrayList;
import java.util.List;

/**
 * Interfaces: default methods, static methods, private interface methods, a class method winning over a default,
 * two defaults resolved with X.super.m(), a default overridden in a subinterface, abstract classes implementing
 * part of an interface, invokeinterface through several interface types, interface constants, and functional
 * interfaces implemented by ordinary classes.
 */
public class Main {
    interface Shape {
        double area();

        default String describe() {
            return name() + " with area " + format(area());
        }

        default String name() {
            return "shape";
        }

        static String format(double value) {
            return String.valueOf(Math.round(value * 100) / 100.0);
        }
    }

    interface Named {
        default String name() {
            return "named";
        }
    }

    interface Loud extends Named {
        @Override
        default String name() {
            return Named.super.name().toUpperCase() + "!";
        }
    }

    interface Counter {
        int step();

        default int advance(int from, int times) {
            return from + multiply(times);
        }

        private int multiply(int times) {
            return step() * times;
        }
    }

    static class Square implements Shape, Named, Counter {
        final double side;

        Square(double side) {
            this.side = side;
        }

        @Override
        public double area() {
            return side * side;
        }

        @Override
        public String name() {
            return "square(" + Shape.super.name() + "/" + Named.super.name() + ")";
        }

        @Override
        public int step() {
            return (int) side;
        }
    }

    static class Base {
        public String name() {
            return "from class";
        }
    }

    static class ClassWins extends Base implements Named {
    }

    static abstract class AbstractShape implements Shape {
        @Override
        public String name() {
            return getClass().getSimpleName().toLowerCase();
        }
    }

    static class Circle extends AbstractShape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        @Override
        public double area() {
            return 3.0 * r * r;
        }
    }

    static class Shout implements Loud {
    }

    interface Visitor<R> {
        R visitNumber(int n);

        R visitText(String s);
    }

    interface Item {
        <R> R accept(Visitor<R> v);
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Square(3));
        shapes.add(new Circle(2));
        shapes.add(() -> 1.5);
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        Square sq = new Square(4);
        Counter c = sq;
        Named n = sq;
        System.out.println("counter " + c.advance(10, 3) + ", named " + n.name());
        System.out.println("class wins: " + new ClassWins().name());
        System.out.println("loud: " + new Shout().name());
        System.out.println("static: " + Shape.format(2.0 / 3));
        Item number = new Item() {
            @Override
            public <R> R accept(Visitor<R> v) {
                return v.visitNumber(7);
            }
        };
        Item text = new Item() {
            @Override
            public <R> R accept(Visitor<R> v) {
                return v.visitText("seven");
            }
        };
        Visitor<String> printer = new Visitor<>() {
            @Override
            public String visitNumber(int value) {
                return "number " + value;
            }

            @Override
            public String visitText(String s) {
                return "text " + s;
            }
        };
        Visitor<Integer> sizer = new Visitor<>() {
            @Override
            public Integer visitNumber(int value) {
                return value;
            }

            @Override
            public Integer visitText(String s) {
                return s.length();
            }
        };
        for (Item item : new Item[] {number, text}) {
            System.out.println(item.accept(printer) + " size " + item.accept(sizer));
        }
        Comparable<String> cmp = "m"::compareTo;
        System.out.println("compare via interface " + Integer.signum(cmp.compareTo("a")));
    }
}
