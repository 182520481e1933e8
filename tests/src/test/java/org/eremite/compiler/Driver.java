package org.eremite.compiler;

import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RSP;

import java.lang.invoke.MethodType;
import java.util.List;

import org.eremite.boot.x86_64.MemoryLayout;
import org.eremite.image.link.LinkUnit;
import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.jit.x86_64.baseline.CallingConvention;
import org.eremite.vm.asm.Label;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.SymbolNames;

/**
 * The driver payload, in assembly: calls the corpus class's {@code <clinit>}, then each {@link GuestCall} in
 * order with its arguments in the SysV AMD64 registers and stack slots, and prints each result on a line as 16
 * hex digits (an int zero-extended from 32 bits, a float's bits likewise, a long's or double's 64 bits), or
 * {@code V} for void. An argument that is a symbol ({@link GuestCall#symbol}) is loaded as its address. Before
 * each call it saves rsp and rbp and the address of the next call, so that a runtime entry that "throws"
 * ({@link RuntimeStubs}) can print the exception's name and resume there.
 */
final class Driver {
    static final String SYMBOL = "harness.driver";
    static final String SAVED_RSP = "harness.saved_rsp";
    static final String SAVED_RBP = "harness.saved_rbp";
    static final String RESUME = "harness.resume";
    static final String VOID_LINE = "harness.void_line";
    static final int PAGE_FAULT_VECTOR = 14;
    static final int GATE_SIZE = 16;

    private Driver() {
    }

    static LinkUnit emit(String owner, boolean hasClassInitializer, List<GuestCall> calls) {
        MacroAssembler a = new MacroAssembler();
        a.enterFrame(0);
        installPageFaultHandler(a);
        if (hasClassInitializer) {
            Label initialized = new Label();
            guard(a, initialized);
            a.call(SymbolNames.method(owner, "<clinit>", "()V"));
            a.bind(initialized);
        }
        for (GuestCall call : calls) {
            Label resume = new Label();
            guard(a, resume);
            Class<?>[] types = call.method().getParameterTypes();
            TypeKind[] kinds = new TypeKind[types.length];
            for (int i = 0; i < types.length; i++) {
                kinds[i] = kindOf(types[i]);
            }
            CallingConvention convention = new CallingConvention(kinds);
            int area = convention.stackArea();
            if (area > 0) {
                a.subq(RSP, area);
            }
            for (int i = 0; i < kinds.length; i++) {
                long bits = call.arguments()[i];
                String symbol = call.symbol(i);
                if (symbol != null && convention.integerRegister(i) != null) {
                    a.movabs(convention.integerRegister(i), symbol, 0);
                } else if (symbol != null) {
                    throw new IllegalArgumentException(call + ": a symbol argument must go in a register");
                } else if (convention.integerRegister(i) != null) {
                    a.load64(convention.integerRegister(i), bits);
                } else if (convention.floatRegister(i) != null) {
                    a.load64(RAX, bits);
                    a.movq(convention.floatRegister(i), RAX);
                } else {
                    a.load64(RAX, bits);
                    a.movq(Address.of(RSP, 8 * convention.stackIndex(i)), RAX);
                }
            }
            String descriptor = MethodType.methodType(call.method().getReturnType(),
                    call.method().getParameterTypes()).toMethodDescriptorString();
            a.call(SymbolNames.method(owner, call.method().getName(), descriptor));
            if (area > 0) {
                a.addq(RSP, area);
            }
            printResult(a, call.method().getReturnType());
            a.bind(resume);
        }
        a.xorl(RAX, RAX);
        a.leaveFrame();
        return new LinkUnit(SYMBOL, a.finish(), a.relocations(), true, 16);
    }

    /**
     * Points the IDT gate of the page fault (vector 14) at {@link RuntimeStubs#PAGE_FAULT}: the offset's three
     * fields of the 64-bit interrupt gate (SDM vol. 3, 6.14.1, Figure 6-8); selector, IST and type stay.
     */
    private static void installPageFaultHandler(MacroAssembler a) {
        int gate = (int) MemoryLayout.IDT + PAGE_FAULT_VECTOR * GATE_SIZE;
        a.movabs(RAX, RuntimeStubs.PAGE_FAULT, 0);
        a.movw(Address.absolute(gate), RAX);
        a.shrq(RAX, 16);
        a.movw(Address.absolute(gate + 6), RAX);
        a.shrq(RAX, 16);
        a.movl(Address.absolute(gate + 8), RAX);
    }

    /** Records where to resume after a "throw": the stack and frame pointers now, and {@code resume}. */
    private static void guard(MacroAssembler a, Label resume) {
        a.leaq(RAX, Address.rip(resume));
        a.movq(Address.rip(RESUME), RAX);
        a.movq(Address.rip(SAVED_RSP), RSP);
        a.movq(Address.rip(SAVED_RBP), RBP);
    }

    private static void printResult(MacroAssembler a, Class<?> type) {
        if (type == void.class) {
            a.leaq(RDI, Address.rip(VOID_LINE));
            a.call("serial_write");
            return;
        }
        if (type == long.class) {
            a.movq(RDI, RAX);
        } else if (type == float.class) {
            a.movd(RDI, org.eremite.jit.x86_64.asm.FloatRegister.XMM0);
        } else if (type == double.class) {
            a.movq(RDI, org.eremite.jit.x86_64.asm.FloatRegister.XMM0);
        } else {
            a.movl(RDI, RAX); // int, boolean, byte, char, short: the 32-bit value, zero-extended
        }
        a.call("serial_write_hex");
        a.movl(RDI, '\n');
        a.call("serial_putc");
    }

    static TypeKind kindOf(Class<?> type) {
        if (type == long.class) {
            return TypeKind.LONG;
        } else if (type == float.class) {
            return TypeKind.FLOAT;
        } else if (type == double.class) {
            return TypeKind.DOUBLE;
        } else if (type.isPrimitive()) {
            return TypeKind.INT;
        }
        return TypeKind.REFERENCE;
    }
}
