package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Line lookup, stack trace elements as HotSpot prints them, and which frames a new throwable's trace keeps. */
class StackWalkTest {
    private CodeInfo[] savedMethods;
    private long savedStart;
    private long savedEnd;
    private final HostHubs world = new HostHubs();

    @BeforeEach
    void save() {
        savedMethods = CodeMap.methods;
        savedStart = CodeMap.codeStart;
        savedEnd = CodeMap.codeEnd;
    }

    @AfterEach
    void restore() {
        CodeMap.methods = savedMethods;
        CodeMap.codeStart = savedStart;
        CodeMap.codeEnd = savedEnd;
    }

    private static CodeInfo method(String className, String methodName, int flags) {
        CodeInfo info = CodeMapTest.method(methodName, 0x2000, 0x100);
        info.className = className;
        info.flags = flags;
        return info;
    }

    @Test
    void lineIsThatOfTheLastPairAtOrBeforeThePc() {
        CodeInfo m = CodeMapTest.method("m", 0x1000, 0x200);
        m.lines = new int[] {0, 10, 0x10, 11, 0x30, 13};
        assertEquals(10, StackWalk.lineNumber(m, 0x1000));
        assertEquals(10, StackWalk.lineNumber(m, 0x100F));
        assertEquals(11, StackWalk.lineNumber(m, 0x1010));
        assertEquals(11, StackWalk.lineNumber(m, 0x102F));
        assertEquals(13, StackWalk.lineNumber(m, 0x1030));
        assertEquals(13, StackWalk.lineNumber(m, 0x11FF));
        m.lines = new int[] {0x8, 20};
        assertEquals(-1, StackWalk.lineNumber(m, 0x1004), "before the first pair: no line");
        m.lines = new int[0];
        assertEquals(-1, StackWalk.lineNumber(m, 0x1004));
        m.lines = null;
        assertEquals(-1, StackWalk.lineNumber(m, 0x1004));
    }

    /** A frame's element printed as HotSpot prints the host frame {@code real}. */
    private static void assertElementPrintsAs(StackTraceElement real, boolean javaBase) {
        CodeInfo m = CodeMapTest.method(real.getMethodName(), 0x5000, 0x100);
        m.className = real.getClassName();
        m.fileName = real.getFileName();
        m.flags = javaBase ? CodeInfo.JAVA_BASE : 0;
        m.lines = new int[] {0, real.getLineNumber() - 1, 0x20, real.getLineNumber(), 0x40, real.getLineNumber() + 1};
        CodeMapTest.install(m);
        assertEquals(real.toString(), StackWalk.element(0x5025).toString());
    }

    @Test
    void elementsPrintAsHotSpotsForJavaBaseAndApplicationFrames() {
        StackTraceElement jdkFrame = null;
        try {
            Integer.parseInt("not a number");
        } catch (NumberFormatException e) {
            jdkFrame = e.getStackTrace()[0];
        }
        assertElementPrintsAs(jdkFrame, true);
        assertElementPrintsAs(new Throwable().getStackTrace()[0], false);
    }

    @Test
    void elementWithoutLinesHasLineMinusOne() {
        CodeInfo m = CodeMapTest.method("run", 0x5000, 0x100);
        m.className = "Main";
        m.fileName = null;
        CodeMapTest.install(m);
        StackTraceElement e = StackWalk.element(0x5010);
        assertEquals(-1, e.getLineNumber());
        assertEquals("Main.run(Unknown Source)", e.toString());
    }

    // ---------------------------------------------------------------- which frames a trace keeps

    static class Failure extends RuntimeException {
        Failure() {
            super("failure");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return super.fillInStackTrace();
        }
    }

    static class Outer extends Exception {
        final IllegalStateException inner;

        Outer() {
            inner = new IllegalStateException();
        }
    }

    static Failure make() {
        return new Failure();
    }

    /** The frames {@link StackWalk}'s walk keeps, by the same rules, over frames listed innermost first. */
    private static List<CodeInfo> kept(Hub throwable, CodeInfo... frames) {
        List<CodeInfo> kept = new ArrayList<>();
        int phase = StackWalk.SKIP_FILL_IN;
        for (CodeInfo frame : frames) {
            if ((frame.flags & CodeInfo.HIDDEN) != 0) {
                continue;
            }
            phase = StackWalk.phase(phase, frame, throwable);
            if (phase == StackWalk.RECORD) {
                kept.add(frame);
            }
        }
        return kept;
    }

    @Test
    void fillInStackTraceAndConstructorFramesOfTheThrowableAreDropped() {
        StackTraceElement top = make().getStackTrace()[0];
        assertEquals("make", top.getMethodName(), "HotSpot's trace starts at the method that made it");
        String test = StackWalkTest.class.getName();
        CodeInfo capture = method(StackWalk.class.getName(), "capture", CodeInfo.HIDDEN);
        CodeInfo make = method(test, "make", 0);
        CodeInfo caller = method(test, "caller", 0);
        List<CodeInfo> kept = kept(world.hub(Failure.class), capture,
                method("java.lang.Throwable", "fillInStackTrace", 0),
                method("java.lang.Throwable", "fillInStackTrace", 0),
                method(Failure.class.getName(), "fillInStackTrace", 0),
                method("java.lang.Throwable", "<init>", 0),
                method("java.lang.Exception", "<init>", 0),
                method("java.lang.RuntimeException", "<init>", 0),
                method(Failure.class.getName(), "<init>", 0),
                make, caller);
        assertEquals(List.of(make, caller), kept);
    }

    @Test
    void runtimeFramesAreHiddenAndAConstructorOfAnotherThrowableIsKept() {
        StackTraceElement top = new Outer().inner.getStackTrace()[0];
        assertEquals(Outer.class.getName() + ".<init>", top.getClassName() + "." + top.getMethodName(),
                "HotSpot keeps the constructor of a throwable that is not the new one's class");
        CodeInfo outerInit = method(Outer.class.getName(), "<init>", 0);
        CodeInfo user = method("Main", "main", 0);
        List<CodeInfo> kept = kept(world.hub(IllegalStateException.class),
                method(StackWalk.class.getName(), "capture", CodeInfo.HIDDEN),
                method("java.lang.Throwable", "fillInStackTrace", 0),
                method("java.lang.Throwable", "fillInStackTrace", 0),
                method("java.lang.Throwable", "<init>", 0),
                method("java.lang.Exception", "<init>", 0),
                method("java.lang.RuntimeException", "<init>", 0),
                method("java.lang.IllegalStateException", "<init>", 0),
                method(RuntimeEntries.class.getName(), "allocateObject", CodeInfo.HIDDEN),
                outerInit,
                method("java.lang.Throwable", "<init>", 0),
                user,
                method(VmEntry.class.getName(), "start", CodeInfo.HIDDEN));
        assertEquals(List.of(outerInit, kept.get(1), user), kept);
        assertEquals("java.lang.Throwable", kept.get(1).className, "once recording, every visible frame counts");
    }
}
