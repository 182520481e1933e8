package org.eremite.jit.x86_64.baseline;

import static org.eremite.jit.x86_64.asm.FloatRegister.XMM0;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.vm.asm.Label;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.CompilationContext.InitializationBarrier;
import org.eremite.vm.compiler.baseline.MethodCompilation;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.object.ObjectLayout;

/**
 * Allocation, type checks, monitors, {@code athrow} and the returns. Allocation is a runtime call; a negative
 * array count is caught inline (NegativeArraySizeException). {@code checkcast} and {@code instanceof} accept null
 * and an object of exactly the target's hub inline, and ask {@link RuntimeEntry#IS_INSTANCE} otherwise. A
 * return of a boolean, byte, char or short narrows the int as JVMS 6.5 ireturn asks, exits the monitor of a
 * synchronized method, and leaves the frame.
 */
abstract class ObjectCode extends CallCode {
    ObjectCode(MethodCompilation method, CompilationContext context, boolean listing) {
        super(method, context, listing);
    }

    public final void new_(String hubSymbol, InitializationBarrier barrier) {
        initializationBarrier(barrier);
        a.leaq(RDI, Address.rip(hubSymbol));
        callRuntime(RuntimeEntry.ALLOCATE_OBJECT);
        a.movq(above(0), RAX);
    }

    public final void newarray(TypeKind elementKind, String hubSymbol) {
        allocateArray(hubSymbol);
    }

    public final void anewarray(String hubSymbol) {
        allocateArray(hubSymbol);
    }

    private void allocateArray(String hubSymbol) {
        Label nonNegative = new Label();
        a.movl(RSI, top(0));
        a.testl(RSI, RSI);
        a.jcc(Condition.NS, nonNegative);
        a.movl(RDI, RSI);
        callRuntime(RuntimeEntry.THROW_NEGATIVE_ARRAY_SIZE);
        a.bind(nonNegative);
        a.leaq(RDI, Address.rip(hubSymbol));
        callRuntime(RuntimeEntry.ALLOCATE_ARRAY);
        a.movq(top(0), RAX);
    }

    /** The counts are the top {@code dimensions} slots; the runtime reads them from the frame (see the entry). */
    public final void multianewarray(String hubSymbol, int dimensions) {
        a.leaq(RDI, Address.rip(hubSymbol));
        a.movl(RSI, dimensions);
        a.leaq(RDX, top(0));
        callRuntime(RuntimeEntry.ALLOCATE_MULTI_ARRAY);
        a.movq(top(dimensions - 1), RAX);
    }

    public final void checkcast(String hubSymbol) {
        Label done = new Label();
        a.movq(RAX, top(0));
        a.testq(RAX, RAX);
        a.jcc(Condition.E, done);
        a.leaq(RCX, Address.rip(hubSymbol));
        a.cmpq(RCX, field(RAX, ObjectLayout.CLASS_WORD_OFFSET));
        a.jcc(Condition.E, done);
        a.movq(RDI, RAX);
        a.movq(RSI, RCX);
        callRuntime(RuntimeEntry.IS_INSTANCE);
        a.testl(RAX, RAX);
        a.jcc(Condition.NE, done);
        a.movq(RDI, top(0));
        a.leaq(RSI, Address.rip(hubSymbol));
        callRuntime(RuntimeEntry.THROW_CLASS_CAST);
        a.bind(done);
    }

    public final void instanceof_(String hubSymbol) {
        Label isNull = new Label();
        Label same = new Label();
        Label done = new Label();
        a.movq(RAX, top(0));
        a.testq(RAX, RAX);
        a.jcc(Condition.E, isNull);
        a.leaq(RCX, Address.rip(hubSymbol));
        a.cmpq(RCX, field(RAX, ObjectLayout.CLASS_WORD_OFFSET));
        a.jcc(Condition.E, same);
        a.movq(RDI, RAX);
        a.movq(RSI, RCX);
        callRuntime(RuntimeEntry.IS_INSTANCE);
        a.movl(top(0), RAX);
        a.jmp(done);
        a.bind(same);
        a.movl(top(0), 1);
        a.jmp(done);
        a.bind(isNull);
        a.movl(top(0), 0);
        a.bind(done);
    }

    public final void monitorenter() {
        a.movq(RDI, top(0));
        explicitNullCheck(RDI);
        callRuntime(RuntimeEntry.MONITOR_ENTER);
    }

    public final void monitorexit() {
        a.movq(RDI, top(0));
        explicitNullCheck(RDI);
        callRuntime(RuntimeEntry.MONITOR_EXIT);
    }

    public final void athrow() {
        a.movq(RDI, top(0));
        callRuntime(RuntimeEntry.THROW);
    }

    public final void returnValue(TypeKind kind) {
        exitMethodMonitor();
        switch (kind) {
            case INT:
                returnInt(m.methodDescriptor().returnType().charAt(0));
                break;
            case LONG:
                a.movq(RAX, top(1));
                break;
            case FLOAT:
                a.movss(XMM0, top(0));
                break;
            case DOUBLE:
                a.movsd(XMM0, top(1));
                break;
            default:
                a.movq(RAX, top(0));
                break;
        }
        a.leaveFrame();
    }

    /** eax = the int on top, narrowed to the method's return type (JVMS 6.5 ireturn). */
    private void returnInt(char returnType) {
        Address value = top(0);
        switch (returnType) {
            case 'Z':
                a.movl(RAX, value);
                a.andl(RAX, 1);
                break;
            case 'B':
                a.movsxbl(RAX, value);
                break;
            case 'C':
                a.movzxwl(RAX, value);
                break;
            case 'S':
                a.movsxwl(RAX, value);
                break;
            default:
                a.movl(RAX, value);
                break;
        }
    }

    public final void returnVoid() {
        exitMethodMonitor();
        a.leaveFrame();
    }

}
