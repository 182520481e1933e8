package org.eremite.jit.x86_64.baseline;

import static org.eremite.jit.x86_64.asm.FloatRegister.XMM0;
import static org.eremite.jit.x86_64.asm.Register.R10;
import static org.eremite.jit.x86_64.asm.Register.R11;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;
import static org.eremite.jit.x86_64.asm.Register.RSP;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.CompilationContext.InitializationBarrier;
import org.eremite.vm.compiler.baseline.CompilationContext.InterfaceCall;
import org.eremite.vm.compiler.baseline.CompilationContext.VirtualCall;
import org.eremite.vm.compiler.baseline.MethodCompilation;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.object.ObjectLayout;

/**
 * Invocations with the SysV AMD64 convention ({@link CallingConvention}): the stack arguments are stored below
 * rsp (reserved in multiples of 16, so the call stays aligned), then the register arguments are loaded from
 * their slots, the call is made, the GC map is recorded at its return address with the slots below the
 * arguments live, and the result goes to the first argument slot. A virtual call loads the receiver's class word
 * (which null-checks it) and calls through the vtable entry the context names; an interface call asks the
 * runtime for the target first.
 */
abstract class CallCode extends MemoryCode {
    CallCode(MethodCompilation method, CompilationContext context, boolean listing) {
        super(method, context, listing);
    }

    /** What is called once the arguments are in place. */
    private enum Target { SYMBOL, VTABLE, REGISTER }

    public final void invokestatic(String symbol, MethodDescriptor descriptor, InitializationBarrier barrier) {
        initializationBarrier(barrier);
        invoke(descriptor, false, false, Target.SYMBOL, symbol, 0);
    }

    public final void invokespecial(String symbol, MethodDescriptor descriptor, boolean nullCheck) {
        invoke(descriptor, true, nullCheck, Target.SYMBOL, symbol, 0);
    }

    public final void invokevirtual(VirtualCall call, MethodDescriptor descriptor) {
        if (call.isDirect()) {
            invoke(descriptor, true, true, Target.SYMBOL, call.directSymbol(), 0);
        } else {
            invoke(descriptor, true, false, Target.VTABLE, null, call.vtableOffset());
        }
    }

    public final void invokeinterface(InterfaceCall call, MethodDescriptor descriptor) {
        if (call.isDirect()) {
            invoke(descriptor, true, true, Target.SYMBOL, call.directSymbol(), 0);
        } else if (call.isVtable()) {
            invoke(descriptor, true, false, Target.VTABLE, null, call.vtableOffset());
        } else {
            int argumentSlots = descriptor.parameterSlots() + 1;
            a.movq(RDI, top(argumentSlots - 1));
            implicitNullCheck();
            a.movq(RDI, field(RDI, ObjectLayout.CLASS_WORD_OFFSET));
            a.movl(RSI, call.interfaceId());
            a.movl(RDX, call.itableIndex());
            callRuntime(RuntimeEntry.LOOKUP_INTERFACE_METHOD);
            a.movq(R11, RAX);
            invoke(descriptor, true, false, Target.REGISTER, null, 0);
        }
    }

    private void invoke(MethodDescriptor descriptor, boolean hasReceiver, boolean nullCheck, Target target,
            String symbol, int vtableOffset) {
        int parameters = descriptor.parameters().size();
        int count = parameters + (hasReceiver ? 1 : 0);
        TypeKind[] kinds = new TypeKind[count];
        int[] slots = new int[count];
        int slot = m.depth() - descriptor.parameterSlots() - (hasReceiver ? 1 : 0);
        int base = slot;
        int k = 0;
        if (hasReceiver) {
            kinds[k] = TypeKind.REFERENCE;
            slots[k++] = slot++;
        }
        for (int p = 0; p < parameters; p++) {
            kinds[k] = descriptor.parameterKind(p).computational();
            slots[k++] = slot;
            slot += kinds[k - 1].slots();
        }
        CallingConvention convention = new CallingConvention(kinds);
        int area = convention.stackArea();
        if (area > 0) {
            a.subq(RSP, area);
            for (int i = 0; i < count; i++) {
                if (convention.stackIndex(i) >= 0) {
                    a.movq(R10, stackSlot(slots[i]));
                    a.movq(Address.of(RSP, 8 * convention.stackIndex(i)), R10);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            if (convention.integerRegister(i) != null) {
                loadSlot(convention.integerRegister(i), kinds[i], stackSlot(slots[i]));
            } else if (convention.floatRegister(i) != null) {
                loadSlot(convention.floatRegister(i), kinds[i], stackSlot(slots[i]));
            }
        }
        switch (target) {
            case SYMBOL:
                if (nullCheck) {
                    implicitNullCheck();
                    a.movq(RAX, field(RDI, ObjectLayout.CLASS_WORD_OFFSET));
                }
                a.call(symbol);
                break;
            case VTABLE:
                implicitNullCheck();
                a.movq(RAX, field(RDI, ObjectLayout.CLASS_WORD_OFFSET));
                a.call(field(RAX, vtableOffset));
                break;
            default:
                a.call(R11);
                break;
        }
        m.callSite(a.position(), base);
        if (area > 0) {
            a.addq(RSP, area);
        }
        TypeKind result = descriptor.returnKind().computational();
        if (result != TypeKind.VOID) {
            storeResult(result, stackSlot(base));
        }
    }

    private void storeResult(TypeKind kind, Address slot) {
        switch (kind) {
            case INT:
                a.movl(slot, RAX);
                return;
            case FLOAT:
                a.movss(slot, XMM0);
                return;
            case DOUBLE:
                a.movsd(slot, XMM0);
                return;
            default:
                a.movq(slot, RAX);
                return;
        }
    }
}
