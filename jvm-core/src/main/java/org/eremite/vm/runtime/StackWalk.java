package org.eremite.vm.runtime;

import org.eremite.vm.magic.Magic;

/**
 * Stack traces. {@link #capture} records the pcs of a new throwable's Java frames; {@link #element} turns one
 * into the StackTraceElement HotSpot would print. A pc recorded here is a return address less one (inside the
 * call instruction, so it maps to the calling bytecode's line), or for a hardware fault the faulting pc (the
 * fault handler makes it look like a call returning to pc + 1).
 *
 * <p>Which frames, as HotSpot's {@code java_lang_Throwable::fill_in_stack_trace}: the runtime's own frames
 * ({@link CodeInfo#HIDDEN}) never appear; of the others, first the {@code fillInStackTrace} frames at the top
 * are dropped, then the {@code <init>} frames of the throwable's class and its superclasses; at most
 * {@link #MAX_DEPTH} frames are kept (HotSpot's MaxJavaStackTraceDepth).
 */
public final class StackWalk {
    /** HotSpot's default MaxJavaStackTraceDepth. */
    static final int MAX_DEPTH = 1024;
    /** The filter's phases over the frames, outwards. */
    static final int SKIP_FILL_IN = 0;
    static final int SKIP_INIT = 1;
    static final int RECORD = 2;

    private StackWalk() {
    }

    /**
     * The pcs of the Java frames that a throwable made now gets as its stack trace, innermost first; called by
     * {@code Throwable.fillInStackTrace}. Walks twice (count, then fill) so that its only allocation is the result.
     */
    public static long[] capture(Throwable throwable) {
        Hub hub = TypeChecks.hubOf(throwable);
        long[] pcs = new long[walk(hub, null)];
        walk(hub, pcs);
        return pcs;
    }

    /** Counts, and records into {@code pcs} if not null, the frames {@link #capture} keeps. */
    private static int walk(Hub throwable, long[] pcs) {
        long fp = Magic.framePointer();
        long pc = Magic.returnAddress(fp);
        fp = Magic.callerFramePointer(fp);
        int phase = SKIP_FILL_IN;
        int count = 0;
        while (fp != 0 && count < MAX_DEPTH) {
            CodeInfo method = CodeMap.find(pc - 1);
            if (method == null) {
                break;
            }
            if ((method.flags & CodeInfo.HIDDEN) == 0) {
                phase = phase(phase, method, throwable);
                if (phase == RECORD) {
                    if (pcs != null) {
                        pcs[count] = pc - 1;
                    }
                    count++;
                }
            }
            pc = Magic.returnAddress(fp);
            fp = Magic.callerFramePointer(fp);
        }
        return count;
    }

    /** The filter's phase after a visible frame of {@code method}, for a throwable of class {@code throwable}. */
    static int phase(int phase, CodeInfo method, Hub throwable) {
        if (phase == SKIP_FILL_IN) {
            if (method.methodName.equals("fillInStackTrace") && isClassOrSuperclass(throwable, method.className)) {
                return SKIP_FILL_IN;
            }
            phase = SKIP_INIT;
        }
        if (phase == SKIP_INIT && method.methodName.equals("<init>")
                && isClassOrSuperclass(throwable, method.className)) {
            return SKIP_INIT;
        }
        return RECORD;
    }

    private static boolean isClassOrSuperclass(Hub hub, String className) {
        for (Hub c = hub; c != null; c = c.superHub) {
            if (c.name.equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** The compiled method whose code holds {@code pc}, or null. */
    public static CodeInfo method(long pc) {
        return CodeMap.find(pc);
    }

    /** The source line of {@code pc} in {@code method}; -1 if the method has no line for it. */
    public static int lineNumber(CodeInfo method, long pc) {
        int[] lines = method.lines;
        long offset = pc - method.start;
        int line = -1;
        for (int i = 0; lines != null && i + 1 < lines.length && lines[i] <= offset; i += 2) {
            line = lines[i + 1];
        }
        return line;
    }

    /**
     * The element HotSpot prints for {@code pc}: {@code java.base/java.lang.Integer.parseInt(Integer.java:652)}
     * for a method of java.base, {@code Main.main(Main.java:3)} for one of the application (HotSpot leaves out the
     * built-in loaders' names and java.base's version, as here).
     */
    public static StackTraceElement element(long pc) {
        CodeInfo method = CodeMap.find(pc);
        if (method == null) {
            return new StackTraceElement("<unknown>", "<unknown>", null, -1);
        }
        String module = (method.flags & CodeInfo.JAVA_BASE) != 0 ? "java.base" : null;
        return new StackTraceElement(null, module, null, method.className, method.methodName, method.fileName,
                lineNumber(method, pc));
    }
}
