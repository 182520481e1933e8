package npe;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** NullPointerExceptions hidden in Java's syntactic sugar: unboxing, for-each, switches, lambdas, inner classes. */
public class Sugar {
    enum Color { RED, GREEN }

    static Integer boxedNull;
    Integer boxed;
    String label;
    Inner inner;

    class Inner {
        String get() {
            return label.trim();
        }

        class Deeper {
            int size() {
                return label.length();
            }
        }
    }

    static class Box<T> {
        T value;
    }

    record Point(String x, Integer y) {
    }

    public static void npeUnboxLocal() {
        Integer i = null;
        int x = i;
        System.out.println(x);
    }

    public static void npeUnboxStatic() {
        int x = boxedNull + 1;
        System.out.println(x);
    }

    public static void npeUnboxField() {
        Sugar s = new Sugar();
        long l = s.boxed;
        System.out.println(l);
    }

    public static void npeUnboxLong() {
        Long l = null;
        System.out.println(l + 1);
    }

    public static void npeUnboxBoolean() {
        Boolean b = null;
        if (b) {
            System.out.println("x");
        }
    }

    public static void npeUnboxDouble() {
        Double d = null;
        double x = d * 2;
        System.out.println(x);
    }

    public static void npeUnboxCharacter() {
        Character c = null;
        char x = c;
        System.out.println(x);
    }

    public static void npeUnboxInComparison() {
        Integer a = null;
        if (a == 3) {
            System.out.println("three");
        }
    }

    public static void npeUnboxGeneric() {
        Box<Integer> box = new Box<>();
        int v = box.value;
        System.out.println(v);
    }

    public static void npeForEachList() {
        List<String> list = null;
        for (String s : list) {
            System.out.println(s);
        }
    }

    public static void npeForEachElement() {
        List<String> list = new ArrayList<>();
        list.add(null);
        for (String s : list) {
            System.out.println(s.length());
        }
    }

    public static void npeIteratorNext() {
        List<String> list = new ArrayList<>();
        list.add(null);
        Iterator<String> it = list.iterator();
        System.out.println(it.next().length());
    }

    public static void npeSwitchOnString() {
        String s = null;
        switch (s) {
            case "a":
                System.out.println("a");
                break;
            default:
                break;
        }
    }

    public static void npeSwitchOnEnum() {
        Color c = null;
        switch (c) {
            case RED:
                System.out.println("red");
                break;
            default:
                break;
        }
    }

    public static void npeSwitchExpressionOnString() {
        String s = null;
        int n = switch (s) {
            case "x" -> 1;
            default -> 2;
        };
        System.out.println(n);
    }

    public static void npeEnumOrdinal() {
        Color c = null;
        System.out.println(c.ordinal());
    }

    public static void npeLambdaBody() {
        Function<String, Integer> f = s -> s.length();
        f.apply(null);
    }

    public static void npeLambdaCapture() {
        String captured = null;
        Supplier<Integer> f = () -> captured.length();
        f.get();
    }

    public static void npeInnerClass() {
        Sugar outer = new Sugar();
        Inner i = outer.new Inner();
        i.get();
    }

    public static void npeDeeperInnerClass() {
        Sugar outer = new Sugar();
        Inner.Deeper d = outer.new Inner().new Deeper();
        d.size();
    }

    public static void npeAnonymousClass() {
        String s = null;
        Runnable r = new Runnable() {
            @Override
            public void run() {
                System.out.println(s.length());
            }
        };
        r.run();
    }

    public static void npeLocalClass() {
        class Local {
            String text;

            int length() {
                return text.length();
            }
        }
        new Local().length();
    }

    public static void npeRecordAccessor() {
        Point p = null;
        p.x();
    }

    public static void npeRecordComponentUse() {
        Point p = new Point(null, null);
        System.out.println(p.x().length());
    }

    public static void npeRecordUnbox() {
        Point p = new Point("x", null);
        int y = p.y();
        System.out.println(y);
    }

    public static void npeStringConcatThenCall() {
        String s = null;
        String t = s + "x";
        System.out.println(t.length() + s.length());
    }

    public static void npeInstanceofPattern() {
        Object o = new Sugar();
        if (o instanceof Sugar s) {
            System.out.println(s.label.length());
        }
    }

    public static void npeVarLocal() {
        var sb = (StringBuilder) null;
        sb.reverse();
    }

    public static void npeConstructorField() {
        new WithConstructor();
    }

    static class WithConstructor {
        String text;
        int size = text.length();
    }

    public static void npeConstructorParameter() {
        new WithParameter(null, 2);
    }

    static class WithParameter {
        WithParameter(String s, int n) {
            System.out.println(s.length() + n);
        }
    }

    public static void npeStaticInitializer() {
        try {
            System.out.println(WithStaticInit.VALUE);
        } catch (ExceptionInInitializerError e) {
            throw (NullPointerException) e.getCause();
        }
    }

    static class WithStaticInit {
        static String text;
        static final int VALUE = text.length();
    }
}
