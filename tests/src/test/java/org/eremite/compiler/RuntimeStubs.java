package org.eremite.compiler;

import static org.eremite.jit.x86_64.asm.Register.R12;
import static org.eremite.jit.x86_64.asm.Register.R13;
import static org.eremite.jit.x86_64.asm.Register.R14;
import static org.eremite.jit.x86_64.asm.Register.R15;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.RBX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;
import static org.eremite.jit.x86_64.asm.Register.RSP;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eremite.image.link.LinkUnit;
import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.compiler.baseline.SymbolNames;
import org.eremite.vm.object.ObjectLayout;

/**
 * The runtime entries of the harness, in assembly, over the hubs of {@link HarnessWorld}:
 * <ul>
 *   <li>allocation: a bump allocator over a zeroed heap (objects and arrays; multianewarray recursively);</li>
 *   <li>type checks: {@code isInstance} walks the superclass chain of hubs; {@code isStorable} answers yes;</li>
 *   <li>exceptions: a throwing entry allocates the exception object (of the shell class's hub) and unwinds as the
 *       compilation model says: from the pc of the call, frame by frame along the rbp chain, it searches the
 *       machine-code exception table ({@link ExceptionTable}) for a range covering {@code return address - 1}
 *       whose catch type the exception is an instance of, then resumes in the handler with rsp = rbp - frame size
 *       and the exception in stack slot 0. An exception that reaches the driver's frame prints its class name and
 *       resumes the driver at its next call;</li>
 *   <li>monitors: no-ops (one thread); class literals and interface lookups are not supported and say so.</li>
 * </ul>
 */
final class RuntimeStubs {
    static final String HEAP_TOP = "harness.heap_top";
    static final String HEAP = "harness.heap";
    static final String UNWIND_TO_DRIVER = "harness.unwind";
    static final String THROW_OBJECT = "harness.throw_object";
    static final String MULTI_ARRAY = "harness.multi_array";
    static final String UNSUPPORTED_PREFIX = "harness.unsupported.";
    static final String PAGE_FAULT = "harness.page_fault";
    static final String NULL_CHECKS = "harness.null_checks";

    private RuntimeStubs() {
    }

    /** The shell class of the exception a throwing entry raises, or null. */
    static String exceptionOf(RuntimeEntry entry) {
        switch (entry) {
            case THROW_ARITHMETIC: return "java/lang/ArithmeticException";
            case THROW_NULL_POINTER: return "java/lang/NullPointerException";
            case THROW_ARRAY_INDEX_OUT_OF_BOUNDS: return "java/lang/ArrayIndexOutOfBoundsException";
            case THROW_NEGATIVE_ARRAY_SIZE: return "java/lang/NegativeArraySizeException";
            case THROW_CLASS_CAST: return "java/lang/ClassCastException";
            case THROW_ARRAY_STORE: return "java/lang/ArrayStoreException";
            case THROW_STACK_OVERFLOW: return "java/lang/StackOverflowError";
            default: return null;
        }
    }

    private static LinkUnit function(String symbol, MacroAssembler a) {
        return new LinkUnit(symbol, a.finish(), a.relocations(), true, 16);
    }

    static List<LinkUnit> code() {
        List<LinkUnit> units = new ArrayList<>();
        for (RuntimeEntry entry : RuntimeEntry.values()) {
            MacroAssembler a = new MacroAssembler();
            String exception = exceptionOf(entry);
            switch (entry) {
                case ALLOCATE_OBJECT:
                    emitAllocate(a, false);
                    break;
                case ALLOCATE_ARRAY:
                    emitAllocate(a, true);
                    break;
                case ALLOCATE_MULTI_ARRAY:
                    emitAllocateMultiArray(a);
                    break;
                case IS_INSTANCE:
                    emitIsInstance(a);
                    break;
                case IS_STORABLE:
                    a.movl(RAX, 1);
                    a.ret();
                    break;
                case MONITOR_ENTER:
                case MONITOR_EXIT:
                    a.ret();
                    break;
                case THROW:
                    emitThrow(a);
                    break;
                default:
                    if (exception != null) {
                        // A new exception object of the shell class, thrown from the caller's pc.
                        a.leaq(RDI, Address.rip(SymbolNames.hub(exception)));
                        a.call(SymbolNames.runtime(RuntimeEntry.ALLOCATE_OBJECT));
                        a.movq(RDI, RAX);
                        a.jmp(THROW_OBJECT);
                    } else {
                        a.leaq(RDI, Address.rip(UNSUPPORTED_PREFIX + entry.functionName()));
                        a.call("serial_write");
                        a.jmp(UNWIND_TO_DRIVER);
                    }
                    break;
            }
            units.add(function(SymbolNames.runtime(entry), a));
        }
        units.add(throwObject());
        units.add(multiArrayBuilder());
        MacroAssembler a = new MacroAssembler();
        a.movq(RSP, Address.rip(Driver.SAVED_RSP));
        a.movq(RBP, Address.rip(Driver.SAVED_RBP));
        a.jmp(Address.rip(Driver.RESUME));
        units.add(function(UNWIND_TO_DRIVER, a));
        a = new MacroAssembler();
        a.ret();
        units.add(function(HarnessWorld.NOOP, a));
        units.add(pageFault());
        return units;
    }

    /** allocate(hub[, length]): bump allocation; the hub's first word is the instance or element size. */
    private static void emitAllocate(MacroAssembler a, boolean array) {
        if (array) {
            a.movl(RSI, RSI);
            a.movq(RCX, Address.of(RDI, HarnessWorld.HUB_SIZE_OR_ELEMENT));
            a.imulq(RCX, RSI);
            a.addq(RCX, ObjectLayout.ARRAY_BASE_OFFSET + 7);
            a.andq(RCX, -8);
        } else {
            a.movq(RCX, Address.of(RDI, HarnessWorld.HUB_SIZE_OR_ELEMENT));
        }
        a.movq(RAX, Address.rip(HEAP_TOP));
        a.leaq(RDX, Address.of(RAX, RCX, Address.Scale.TIMES_1));
        a.movq(Address.rip(HEAP_TOP), RDX);
        a.movq(Address.of(RAX, ObjectLayout.CLASS_WORD_OFFSET), RDI);
        if (array) {
            a.movl(Address.of(RAX, ObjectLayout.ARRAY_LENGTH_OFFSET), RSI);
        }
        a.ret();
    }

    /** isInstance(object, hub): 1 if hub is on the superclass chain of the object's hub. */
    private static void emitIsInstance(MacroAssembler a) {
        Label next = new Label();
        Label yes = new Label();
        Label no = new Label();
        a.movq(RAX, Address.of(RDI, ObjectLayout.CLASS_WORD_OFFSET));
        a.bind(next);
        a.testq(RAX, RAX);
        a.jcc(Condition.E, no);
        a.cmpq(RAX, RSI);
        a.jcc(Condition.E, yes);
        a.movq(RAX, Address.of(RAX, HarnessWorld.HUB_SUPER));
        a.jmp(next);
        a.bind(yes);
        a.movl(RAX, 1);
        a.ret();
        a.bind(no);
        a.xorl(RAX, RAX);
        a.ret();
    }

    /** throwException(object): null throws a NullPointerException instead (JVMS 6.5 athrow). */
    private static void emitThrow(MacroAssembler a) {
        Label notNull = new Label();
        a.testq(RDI, RDI);
        a.jcc(Condition.NE, notNull);
        a.jmp(SymbolNames.runtime(RuntimeEntry.THROW_NULL_POINTER));
        a.bind(notNull);
        a.jmp(THROW_OBJECT);
    }

    /**
     * harness.throw_object(exception), entered by a jump from an entry that compiled code called: [rsp] is the
     * return address into the throwing method, rbp its frame.
     */
    private static LinkUnit throwObject() {
        MacroAssembler a = new MacroAssembler();
        Label frame = new Label();
        Label entry = new Label();
        Label nextEntry = new Label();
        Label nextFrame = new Label();
        Label uncaught = new Label();
        a.movq(R12, RDI); // the exception
        a.movq(R13, Address.of(RSP)); // the pc: a return address
        a.movq(R14, RBP); // the frame
        a.andq(RSP, -16); // is_instance is called from here
        a.bind(frame);
        a.cmpq(R14, Address.rip(Driver.SAVED_RBP));
        a.jcc(Condition.E, uncaught);
        a.leaq(RBX, Address.rip(ExceptionTable.SYMBOL));
        a.bind(entry);
        a.movq(RAX, Address.of(RBX, ExceptionTable.START));
        a.testq(RAX, RAX);
        a.jcc(Condition.E, nextFrame);
        a.leaq(RCX, Address.of(R13, -1));
        a.cmpq(RCX, RAX);
        a.jcc(Condition.B, nextEntry);
        a.cmpq(RCX, Address.of(RBX, ExceptionTable.END));
        a.jcc(Condition.AE, nextEntry);
        a.movq(RSI, Address.of(RBX, ExceptionTable.CATCH_HUB));
        Label matches = new Label();
        a.testq(RSI, RSI);
        a.jcc(Condition.E, matches); // finally: any exception
        a.movq(RDI, R12);
        a.call(SymbolNames.runtime(RuntimeEntry.IS_INSTANCE));
        a.testl(RAX, RAX);
        a.jcc(Condition.E, nextEntry);
        a.bind(matches);
        a.movq(RBP, R14);
        a.movq(RSP, R14);
        a.subq(RSP, Address.of(RBX, ExceptionTable.FRAME_SIZE));
        a.movq(RAX, Address.of(RBX, ExceptionTable.SLOT0_OFFSET));
        a.movq(Address.of(RBP, RAX, Address.Scale.TIMES_1), R12);
        a.jmp(Address.of(RBX, ExceptionTable.HANDLER));
        a.bind(nextEntry);
        a.addq(RBX, ExceptionTable.ENTRY_SIZE);
        a.jmp(entry);
        a.bind(nextFrame);
        a.movq(R13, Address.of(R14, 8));
        a.movq(R14, Address.of(R14));
        a.jmp(frame);
        a.bind(uncaught);
        a.movq(RAX, Address.of(R12, ObjectLayout.CLASS_WORD_OFFSET));
        a.movq(RDI, Address.of(RAX, HarnessWorld.HUB_NAME));
        a.call("serial_write");
        a.movl(RDI, '\n');
        a.call("serial_putc");
        a.jmp(UNWIND_TO_DRIVER);
        return function(THROW_OBJECT, a);
    }

    /**
     * allocateMultiArray(hub, dimensions, counts): checks every count first (NegativeArraySizeException before
     * anything is allocated, JVMS 6.5 multianewarray), then builds the arrays recursively; the count of
     * dimension i is at counts + 8 * (dimensions - 1 - i).
     */
    private static void emitAllocateMultiArray(MacroAssembler a) {
        Label check = new Label();
        Label negative = new Label();
        Label build = new Label();
        a.movl(RCX, RSI);
        a.bind(check);
        a.decl(RCX);
        a.jcc(Condition.S, build);
        a.cmpl(Address.of(RDX, RCX, Address.Scale.TIMES_8), 0);
        a.jcc(Condition.L, negative);
        a.jmp(check);
        a.bind(negative);
        a.jmp(SymbolNames.runtime(RuntimeEntry.THROW_NEGATIVE_ARRAY_SIZE));
        a.bind(build);
        a.jmp(MULTI_ARRAY);
    }

    /** harness.multi_array(hub, dimensions, counts): the recursive builder, counts known to be valid. */
    private static LinkUnit multiArrayBuilder() {
        MacroAssembler a = new MacroAssembler();
        Label fill = new Label();
        Label done = new Label();
        a.push(RBP);
        a.movq(RBP, RSP);
        a.push(RBX);
        a.push(R12);
        a.push(R13);
        a.push(R14);
        a.push(R15);
        a.subq(RSP, 8);
        a.movq(RBX, RDI);
        a.movl(R12, RSI);
        a.movq(R13, RDX);
        a.movl(RSI, Address.of(R13, R12, Address.Scale.TIMES_8, -8));
        a.call(SymbolNames.runtime(RuntimeEntry.ALLOCATE_ARRAY));
        a.movq(R14, RAX);
        a.cmpl(R12, 1);
        a.jcc(Condition.E, done);
        a.xorl(R15, R15);
        a.bind(fill);
        a.cmpl(R15, Address.of(R14, ObjectLayout.ARRAY_LENGTH_OFFSET));
        a.jcc(Condition.AE, done);
        a.movq(RDI, Address.of(RBX, HarnessWorld.HUB_COMPONENT));
        a.leal(RSI, Address.of(R12, -1));
        a.movq(RDX, R13);
        a.call(MULTI_ARRAY);
        a.movq(Address.of(R14, R15, Address.Scale.TIMES_8, ObjectLayout.ARRAY_BASE_OFFSET), RAX);
        a.incl(R15);
        a.jmp(fill);
        a.bind(done);
        a.movq(RAX, R14);
        a.addq(RSP, 8);
        a.pop(R15);
        a.pop(R14);
        a.pop(R13);
        a.pop(R12);
        a.pop(RBX);
        a.leaveFrame();
        return function(MULTI_ARRAY, a);
    }

    /**
     * The page-fault handler the driver installs (vector 14, on the stub's IST1 stack): a fault at one of the
     * compiled code's implicit null checks ({@link #NULL_CHECKS}) becomes a call of throwNullPointer made by the
     * faulting instruction: the interrupted rsp gets a return address of {@code pc + 1} (so that the unwinder's
     * {@code return address - 1} is the faulting pc) and iretq resumes in the entry. Any other fault goes on to
     * the boot stub's handler, which dumps the registers and powers off.
     */
    private static LinkUnit pageFault() {
        MacroAssembler a = new MacroAssembler();
        Label search = new Label();
        Label ours = new Label();
        Label notOurs = new Label();
        // The frame: error code, rip, cs, rflags, rsp, ss (SDM vol. 3, 6.14.2); three saved registers above it.
        int saved = 24;
        Address rip = Address.of(RSP, saved + 8);
        Address interruptedRsp = Address.of(RSP, saved + 32);
        a.push(RAX);
        a.push(RCX);
        a.push(RDX);
        a.movq(RAX, rip);
        a.leaq(RCX, Address.rip(NULL_CHECKS));
        a.bind(search);
        a.movq(RDX, Address.of(RCX));
        a.testq(RDX, RDX);
        a.jcc(Condition.E, notOurs);
        a.cmpq(RDX, RAX);
        a.jcc(Condition.E, ours);
        a.addq(RCX, 8);
        a.jmp(search);
        a.bind(ours);
        a.movq(RDX, interruptedRsp);
        a.subq(RDX, 8);
        a.leaq(RCX, Address.of(RAX, 1));
        a.movq(Address.of(RDX), RCX);
        a.movq(interruptedRsp, RDX);
        a.leaq(RCX, Address.rip(SymbolNames.runtime(RuntimeEntry.THROW_NULL_POINTER)));
        a.movq(rip, RCX);
        a.pop(RDX);
        a.pop(RCX);
        a.pop(RAX);
        a.addq(RSP, 8); // the error code
        a.iretq();
        a.bind(notOurs);
        a.pop(RDX);
        a.pop(RCX);
        a.pop(RAX);
        a.jmp("trap_vector_14");
        return function(PAGE_FAULT, a);
    }

    /** The implicit null checks of every compiled method, as absolute pcs, ended by 0. */
    static LinkUnit nullChecks(List<org.eremite.vm.compiler.baseline.CompiledMethod> methods) {
        List<org.eremite.vm.asm.Relocation> relocations = new ArrayList<>();
        int count = 0;
        for (org.eremite.vm.compiler.baseline.CompiledMethod method : methods) {
            for (int pc : method.implicitNullChecks()) {
                relocations.add(new org.eremite.vm.asm.Relocation(8 * count++,
                        org.eremite.jit.x86_64.asm.RelocationType.R_X86_64_64, method.symbol(), pc));
            }
        }
        return new LinkUnit(NULL_CHECKS, new byte[8 * (count + 1)], relocations, false, 8);
    }

    /** The lines of the unsupported entries. */
    static List<LinkUnit> data() {
        List<LinkUnit> units = new ArrayList<>();
        for (RuntimeEntry entry : RuntimeEntry.values()) {
            String line = "unsupported runtime call " + SymbolNames.runtime(entry) + "\n\0";
            units.add(LinkUnit.data(UNSUPPORTED_PREFIX + entry.functionName(),
                    line.getBytes(StandardCharsets.US_ASCII)));
        }
        return units;
    }
}
