package org.eremite.jit.x86_64.baseline;

import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RSP;

import java.util.List;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.FloatRegister;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.jit.x86_64.asm.Register;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Relocation;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.CompilationContext.InitializationBarrier;
import org.eremite.vm.compiler.baseline.FrameLayout;
import org.eremite.vm.compiler.baseline.MethodCompilation;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.compiler.baseline.SymbolNames;

/**
 * What every template shares: the assembler, the frame's slot addresses, runtime calls with their GC maps, the
 * class-initialization barrier, and the method's prologue (the SysV frame with rbp, the stack-limit check, the
 * arguments stored in their local homes, the monitor of a synchronized method) with its out-of-line code.
 */
abstract class TemplateBase {
    /**
     * Page 0 is not mapped (boot/x86_64 PageTables), so any access to [null + d] with d + size at most this much
     * faults, and a template may leave the null check to the hardware.
     */
    static final int UNMAPPED_PAGE_SIZE = 4096;

    final MacroAssembler a;
    final MethodCompilation m;
    final CompilationContext context;
    final FrameLayout frame;
    /** Where the prologue goes when the frame reaches below the stack limit; null without the check. */
    private Label stackOverflow;

    TemplateBase(MethodCompilation method, CompilationContext context, boolean listing) {
        this.a = new MacroAssembler();
        if (listing) {
            a.enableListing();
        }
        this.m = method;
        this.context = context;
        this.frame = method.frame();
    }

    // ---------------------------------------------------------------- slots

    /** The home of local {@code local}. */
    final Address local(int local) {
        return Address.of(RBP, frame.localOffset(local));
    }

    /** The stack slot {@code fromTop} slots below the top before the current instruction (0 is the top). */
    final Address top(int fromTop) {
        return Address.of(RBP, m.top(fromTop));
    }

    /** The stack slot {@code n} above the top: where the instruction pushes its (n+1)-th slot. */
    final Address above(int n) {
        return Address.of(RBP, m.above(n));
    }

    /** Stack slot {@code slot}, counted from the bottom. */
    final Address stackSlot(int slot) {
        return Address.of(RBP, frame.stackOffset(slot));
    }

    /** Byte {@code offset} of the object or array whose address is in {@code base}. */
    static Address field(Register base, int offset) {
        return Address.of(base, offset);
    }

    // ---------------------------------------------------------------- runtime calls

    /** Calls {@code entry} and records the GC map of its return address with the whole current frame live. */
    final void callRuntime(RuntimeEntry entry) {
        a.call(context.runtimeEntry(entry));
        m.runtimeCallSite(a.position());
    }

    /**
     * Jumps to {@code ok} if {@code cc} holds, else calls {@code entry}, which does not return: the slow path is
     * inline, so it lies in the instruction's machine range.
     */
    final void checkOrThrow(Condition cc, Label ok, RuntimeEntry entry) {
        a.jcc(cc, ok);
        callRuntime(entry);
        a.bind(ok);
    }

    /** Records that the next instruction emitted is an implicit null check. */
    final void implicitNullCheck() {
        m.implicitNullCheck(a.position());
    }

    /** An explicit null check of the reference in {@code reference} (NullPointerException through the runtime). */
    final void explicitNullCheck(Register reference) {
        Label ok = new Label();
        a.testq(reference, reference);
        checkOrThrow(Condition.NE, ok, RuntimeEntry.THROW_NULL_POINTER);
    }

    /** The class-initialization check the context asked for: a flag test, and the runtime call while it is clear. */
    final void initializationBarrier(InitializationBarrier barrier) {
        if (barrier == null) {
            return;
        }
        Label initialized = new Label();
        a.cmpb(Address.rip(barrier.flagSymbol(), barrier.flagOffset()), 0);
        a.jcc(Condition.NE, initialized);
        a.leaq(RDI, Address.rip(barrier.hubSymbol()));
        callRuntime(RuntimeEntry.INITIALIZE_CLASS);
        a.bind(initialized);
    }

    // ---------------------------------------------------------------- typed moves

    /** Loads a value of computational kind {@code kind} from a slot into {@code dst}. */
    final void loadSlot(Register dst, TypeKind kind, Address slot) {
        if (kind == TypeKind.INT || kind == TypeKind.FLOAT) {
            a.movl(dst, slot);
        } else {
            a.movq(dst, slot);
        }
    }

    final void loadSlot(FloatRegister dst, TypeKind kind, Address slot) {
        if (kind == TypeKind.FLOAT) {
            a.movss(dst, slot);
        } else {
            a.movsd(dst, slot);
        }
    }

    // ---------------------------------------------------------------- the method

    /**
     * The entry: the frame; the stack-limit check, before anything is written into the frame (unsigned: stack
     * addresses are); the arguments to their local homes; the monitor of a synchronized method.
     */
    public final void prologue() {
        a.enterFrame(frame.frameSize());
        if (m.checksStackLimit()) {
            stackOverflow = new Label();
            a.cmpq(RSP, Address.rip(SymbolNames.STACK_LIMIT));
            a.jcc(Condition.B, stackOverflow);
        }
        TypeKind[] kinds = new TypeKind[frame.parameterCount()];
        for (int p = 0; p < kinds.length; p++) {
            kinds[p] = frame.parameterKind(p);
        }
        CallingConvention convention = new CallingConvention(kinds);
        for (int p = 0; p < kinds.length; p++) {
            Address home = local(frame.parameterLocal(p));
            if (convention.integerRegister(p) != null) {
                a.movq(home, convention.integerRegister(p));
            } else if (convention.floatRegister(p) != null) {
                if (kinds[p] == TypeKind.FLOAT) {
                    a.movss(home, convention.floatRegister(p));
                } else {
                    a.movsd(home, convention.floatRegister(p));
                }
            } else {
                a.movq(RAX, Address.of(RBP, CallingConvention.FIRST_STACK_ARGUMENT + 8 * convention.stackIndex(p)));
                a.movq(home, RAX);
            }
        }
        if (m.isSynchronized()) {
            if (m.isStatic()) {
                loadClassObject(RDI, m.owner());
            } else {
                a.movq(RDI, local(0));
            }
            a.movq(Address.of(RBP, frame.lockOffset()), RDI);
            callRuntime(RuntimeEntry.MONITOR_ENTER);
        }
    }

    /** dst = the Class object of {@code className} (a call of the runtime if the image has none). */
    final void loadClassObject(Register dst, String className) {
        String symbol = context.classLiteral(className);
        if (symbol != null) {
            a.leaq(dst, Address.rip(symbol));
        } else {
            a.leaq(RDI, Address.rip(context.stringLiteral(className.replace('/', '.'))));
            callRuntime(RuntimeEntry.LOAD_CLASS_LITERAL);
            if (dst != RAX) {
                a.movq(dst, RAX);
            }
        }
    }

    /** Exits the monitor of a synchronized method (before a return). */
    final void exitMethodMonitor() {
        if (m.isSynchronized()) {
            a.movq(RDI, Address.of(RBP, frame.lockOffset()));
            callRuntime(RuntimeEntry.MONITOR_EXIT);
        }
    }

    public final int position() {
        return a.position();
    }

    public final void bind(Label label) {
        a.bind(label);
    }

    /**
     * The code, with the out-of-line end of the stack-limit check after the last instruction (outside every
     * instruction's range, so no handler of the method covers it): {@code leave} takes the unwritten frame down
     * and the jump enters {@link RuntimeEntry#THROW_STACK_OVERFLOW} with the return address into the caller on
     * top, as if the caller had called it.
     */
    public final byte[] finishCode() {
        if (stackOverflow != null) {
            a.bind(stackOverflow);
            a.leave();
            a.jmp(context.runtimeEntry(RuntimeEntry.THROW_STACK_OVERFLOW));
        }
        return a.finish();
    }

    public final List<Relocation> relocations() {
        return a.relocations();
    }

    public final String listing() {
        return a.listing() == null ? null : a.listing().toSource();
    }
}
