package org.eremite.compiler.corpus;

import org.eremite.vm.magic.Magic;

/**
 * The control-transfer intrinsics of {@link Magic}: {@code callVoid} and {@code callObject} call this class's own
 * methods through addresses the harness passes in (the compiled methods' symbols in the guest, made-up addresses
 * in {@code HostMagic}), and {@code resume} continues a caller's frame at a return address, skipping what is left
 * of the frames in between, as the unwinder enters a handler. HotSpot cannot run this class: the differential
 * test runs it against {@code HostMagic}, whose resume ends the frames between with an error; each resume below
 * is therefore made inside a {@code try} with nothing after the call and a {@code catch (Throwable)} that does
 * nothing, so that "after the call" (compiled) and "after the catch" (the model) are the same place.
 */
public final class MagicCalls {
    /** How often {@link #initializer} ran. */
    static int initializations;
    /** What the frames of a resume added, in digits: the rest of a resumed frame must not add its own. */
    static int trail;

    private MagicCalls() {
    }

    // ---------------------------------------------------------------- the callees

    /** Stands for a class initializer: {@code ()V}. */
    static void initializer() {
        initializations++;
    }

    /** Stands for an enum's {@code values()}: a new array each time, so the callee allocates. */
    static Object values() {
        return new int[] {initializations, 2, 3};
    }

    /** Always 0. */
    static int zero;

    /** A callee that throws (an ArithmeticException: the harness world has no constructors of JDK exceptions). */
    static void throwing() {
        initializations /= zero;
    }

    // ---------------------------------------------------------------- calls through addresses

    /** callVoid runs the method at the address, once per call. */
    static int callVoidTwice(long initializer) {
        int before = initializations;
        Magic.callVoid(initializer);
        Magic.callVoid(initializer);
        return initializations - before;
    }

    /** callObject's result is the callee's reference, and the caller's own references and locals survive it. */
    static int callObjectResult(long initializer, long values, int x) {
        int[] mine = {x};
        long kept = 1000L * x;
        Magic.callVoid(initializer);
        int[] theirs = (int[]) Magic.callObject(values);
        int[] again = (int[]) Magic.callObject(values);
        return (int) (mine[0] + kept) + 10 * theirs.length + 100 * theirs[2] + (theirs == again ? 7 : again[1]);
    }

    /** An exception of the callee is caught by the caller's handler around the call, as around an invokestatic. */
    static int callVoidThrowsIntoHandler(long throwing, int x) {
        try {
            Magic.callVoid(throwing);
            return -1;
        } catch (ArithmeticException e) {
            return x + 1;
        }
    }

    /** ... and leaves the method when nothing catches it. */
    static void callVoidThrowsOut(long throwing) {
        Magic.callVoid(throwing);
    }

    /** A reference result in the middle of an expression, with another operand below it on the stack. */
    static int callObjectInAnExpression(long values, int x) {
        return x * 31 + ((int[]) Magic.callObject(values)).length;
    }

    // ---------------------------------------------------------------- resume

    /** resume continues this frame after the call to {@link #escape}: the rest of escape never runs. */
    static int resumeAfterTheCall(int x) {
        trail = 0;
        long sp = Magic.stackPointer();
        long fp = Magic.framePointer();
        try {
            escape(sp, fp);
        } catch (Throwable resumedInTheModel) {
            // Only HostMagic comes here; compiled, resume continues after the call.
        }
        return trail * 10 + (Magic.framePointer() == fp ? 1 : 0) + (Magic.stackPointer() == sp ? 2 : 0) + x * 1000;
    }

    private static void escape(long stackPointer, long framePointer) {
        trail = trail * 10 + 1;
        Magic.resume(Magic.returnAddress(Magic.framePointer()), stackPointer, framePointer);
        trail = trail * 10 + 9;
    }

    /** resume two frames up: the frame in between is skipped too, and this frame's locals are as they were. */
    static int resumeTwoFramesUp(int x) {
        trail = 0;
        int local = x + 5;
        long sp = Magic.stackPointer();
        try {
            middle(sp, Magic.framePointer());
        } catch (Throwable resumedInTheModel) {
            // Only HostMagic comes here.
        }
        return trail * 100 + local + (Magic.stackPointer() == sp ? 50 : 0);
    }

    private static void middle(long stackPointer, long framePointer) {
        trail = trail * 10 + 2;
        long where = Magic.returnAddress(Magic.framePointer());
        jumpTo(where, stackPointer, framePointer);
        trail = trail * 10 + 8;
    }

    private static void jumpTo(long pc, long stackPointer, long framePointer) {
        trail = trail * 10 + 3;
        Magic.resume(pc, stackPointer, framePointer);
        trail = trail * 10 + 7;
    }
}
