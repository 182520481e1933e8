package npe;

/** Control flow around the failing instruction: loops, joins, handlers, switches, monitors, throws. */
public class Flow {
    static Flow staticNull;
    Flow next;
    String name;
    int count;
    static volatile boolean yes = true;

    static Flow nothing() {
        return null;
    }

    public static void npeSynchronizedNull() {
        Object lock = null;
        synchronized (lock) {
            System.out.println("inside");
        }
    }

    public static void npeSynchronizedStatic() {
        synchronized (staticNull) {
            System.out.println("inside");
        }
    }

    public static void npeSynchronizedResult() {
        synchronized (nothing()) {
            System.out.println("inside");
        }
    }

    public static void npeSynchronizedField() {
        Flow f = new Flow();
        synchronized (f.next) {
            System.out.println("inside");
        }
    }

    public static void npeThrowNull() {
        throw null;
    }

    public static void npeThrowLocal() {
        RuntimeException e = null;
        throw e;
    }

    public static void npeThrowResult() {
        throw error();
    }

    static RuntimeException error() {
        return null;
    }

    public static void npeThrowField() {
        Holder h = new Holder();
        throw h.error;
    }

    static class Holder {
        RuntimeException error;
    }

    public static void npeInLoop() {
        Flow f = new Flow();
        f.next = new Flow();
        for (int i = 0; i < 5; i++) {
            f = f.next;
            System.out.println(f.count);
        }
    }

    public static void npeWhileLoop() {
        Flow f = new Flow();
        f.next = new Flow();
        while (yes) {
            System.out.println(f.name);
            f = f.next;
        }
    }

    public static void npeLoopParameter() {
        loopParameter(new Flow());
    }

    static void loopParameter(Flow p) {
        while (yes) {
            System.out.println(p.count);
            p = p.next;
        }
    }

    public static void npeAfterIf() {
        Flow f;
        if (yes) {
            f = null;
        } else {
            f = new Flow();
        }
        System.out.println(f.name);
    }

    public static void npeConditionalAnd() {
        Flow f = null;
        if (yes && f.count > 0) {
            System.out.println("x");
        }
    }

    public static void npeConditionalOr() {
        Flow f = null;
        if (!yes || f.name.isEmpty()) {
            System.out.println("x");
        }
    }

    public static void npeInCatch() {
        Flow f = null;
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            System.out.println(f.name);
        }
    }

    public static void npeParameterInCatch() {
        parameterInCatch(null);
    }

    static void parameterInCatch(Flow p) {
        try {
            p = new Flow();
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            p = null;
            System.out.println(p.count);
        }
    }

    public static void npeParameterOverwrittenBeforeTry() {
        overwrittenBeforeTry(new Flow());
    }

    static void overwrittenBeforeTry(Flow p) {
        p = null;
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            System.out.println(p.count);
        }
    }

    public static void npeInFinally() {
        Flow f = null;
        try {
            System.out.println("try");
        } finally {
            System.out.println(f.count);
        }
    }

    public static void npeInTryWithFinally() {
        Flow f = null;
        try {
            System.out.println(f.count);
        } finally {
            System.out.println("finally");
        }
    }

    public static void npeCaughtVariable() {
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            Flow f = null;
            f.count = e.hashCode();
        }
    }

    public static void npeSwitch() {
        Flow f = null;
        switch ((int) (System.nanoTime() & 1) + 1) {
            case 1:
                System.out.println(f.count);
                break;
            case 2:
                System.out.println(f.name);
                break;
            default:
                break;
        }
    }

    public static void npeSparseSwitch() {
        Flow f = null;
        int k = yes ? 1000 : 5;
        switch (k) {
            case 5:
                System.out.println("five");
                break;
            case 1000:
                f.count = 1;
                break;
            case 100000:
                System.out.println("more");
                break;
            default:
                break;
        }
    }

    public static void npeAfterSwitch() {
        Flow f = new Flow();
        switch ((int) (System.nanoTime() & 1)) {
            case 0:
                f = null;
                break;
            default:
                f = null;
                break;
        }
        System.out.println(f.count);
    }

    public static void npeTernaryInLoop() {
        Flow a = null;
        Flow b = new Flow();
        for (int i = 0; i < 3; i++) {
            System.out.println((i > 5 ? b : a).count);
        }
    }

    public static void npeNestedTernary() {
        Flow a = null;
        int i = 3;
        System.out.println((i == 1 ? new Flow() : i == 2 ? new Flow() : a).name);
    }

    public static void npeBreakContinue() {
        Flow f = new Flow();
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (j == 1) {
                    continue outer;
                }
                if (i == 2) {
                    f = null;
                    break outer;
                }
            }
        }
        f.count = 1;
    }

    public static void npeDoWhile() {
        Flow f = new Flow();
        int i = 0;
        do {
            f = i++ < 1 ? f : null;
        } while (i < 3);
        System.out.println(f.name);
    }

    public static void npeSynchronizedMethodBody() {
        new Flow().synchronizedBody();
    }

    synchronized void synchronizedBody() {
        next.count = 1;
    }

    public static void npeNestedSynchronized() {
        Object a = new Object();
        Object b = null;
        synchronized (a) {
            synchronized (b) {
                System.out.println("inside");
            }
        }
    }

    public static void npeTryWithResources() throws Exception {
        try (AutoCloseable c = null) {
            System.out.println(c.hashCode());
        }
    }

    public static void npeReturnedNullUse() {
        Flow f = nothing();
        if (f == null) {
            f = nothing();
        }
        System.out.println(f.next);
    }

    public static void npeLocalReuse() {
        {
            Flow a = new Flow();
            System.out.println(a.count);
        }
        {
            Flow b = null;
            System.out.println(b.name);
        }
    }

    public static void npeAssert() {
        Flow f = null;
        assert f == null || f.count > 0;
        System.out.println(f.count);
    }
}
