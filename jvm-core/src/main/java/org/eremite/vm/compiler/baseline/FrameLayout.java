package org.eremite.vm.compiler.baseline;

import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.TypeKind;

/**
 * The frame of a baseline-compiled method (the compilation model of {@link org.eremite.vm.compiler}): every JVM
 * local and operand-stack slot has a fixed 8-byte home below the frame pointer.
 * <pre>
 *   fp + 16 + 8k        incoming stack argument k (the ISA's C ABI decides which arguments come this way)
 *   fp + 8, fp          return address and the caller's fp (x86_64; aarch64 and riscv64 keep the pair as well)
 *   fp - 8 (1 + i)      local i                           frame slot i,              0 &lt;= i &lt; maxLocals
 *   fp - 8 (1 + L + j)  operand-stack slot j (0 = bottom)  frame slot L + j,          0 &lt;= j &lt; stackSlots
 *   fp - 8 (1 + L + S)  the object a synchronized method locked (if it is synchronized)
 *   sp = fp - frameSize                                    16-byte aligned
 * </pre>
 * A long or double lives in the 8 bytes of its first slot; its second slot is unused. An int, float or reference
 * uses the low 4 (8 for a reference) bytes of its slot; the rest of an int's or float's slot is undefined.
 * Frame slots are numbered as above, which is also the numbering of the GC maps.
 */
public final class FrameLayout {
    /** Bytes per local or stack slot: a machine word on every 64-bit target. */
    public static final int SLOT_SIZE = 8;
    /** The stack alignment of the C ABIs at a call (SysV AMD64 3.2.2, AAPCS64 6.4.5.1, RISC-V psABI). */
    public static final int STACK_ALIGNMENT = 16;

    private final int maxLocals;
    private final int stackSlots;
    private final boolean hasLockSlot;
    private final TypeKind[] parameterKinds;
    private final int[] parameterLocals;

    /**
     * @param descriptor  the method's descriptor
     * @param isStatic    false if local 0 holds {@code this}
     * @param maxLocals   the Code attribute's {@code max_locals}
     * @param stackSlots  the deepest the operand stack gets (the analysis's maxStackDepth)
     * @param hasLockSlot true for a synchronized method
     */
    public FrameLayout(MethodDescriptor descriptor, boolean isStatic, int maxLocals, int stackSlots,
            boolean hasLockSlot) {
        this.maxLocals = maxLocals;
        this.stackSlots = stackSlots;
        this.hasLockSlot = hasLockSlot;
        int count = descriptor.parameters().size() + (isStatic ? 0 : 1);
        parameterKinds = new TypeKind[count];
        parameterLocals = new int[count];
        int p = 0;
        int local = 0;
        if (!isStatic) {
            parameterKinds[p] = TypeKind.REFERENCE;
            parameterLocals[p++] = local++;
        }
        for (int i = 0; i < descriptor.parameters().size(); i++) {
            TypeKind kind = descriptor.parameterKind(i).computational();
            parameterKinds[p] = kind;
            parameterLocals[p++] = local;
            local += kind.slots();
        }
        if (local > maxLocals) {
            throw new IllegalArgumentException("the parameters take " + local + " locals, max_locals is " + maxLocals);
        }
    }

    public int maxLocals() {
        return maxLocals;
    }

    public int stackSlots() {
        return stackSlots;
    }

    public boolean hasLockSlot() {
        return hasLockSlot;
    }

    /** The number of frame slots: locals, stack slots and the lock slot. */
    public int slotCount() {
        return maxLocals + stackSlots + (hasLockSlot ? 1 : 0);
    }

    /** The offset from the frame pointer of frame slot {@code slot}. */
    public int slotOffset(int slot) {
        if (slot < 0 || slot >= slotCount()) {
            throw new IndexOutOfBoundsException("frame slot " + slot + " of " + slotCount());
        }
        return -SLOT_SIZE * (1 + slot);
    }

    /** The offset from the frame pointer of local {@code local}'s home. */
    public int localOffset(int local) {
        if (local < 0 || local >= maxLocals) {
            throw new IndexOutOfBoundsException("local " + local + " of " + maxLocals);
        }
        return -SLOT_SIZE * (1 + local);
    }

    /** The offset from the frame pointer of operand-stack slot {@code slot} (0 is the bottom). */
    public int stackOffset(int slot) {
        if (slot < 0 || slot >= stackSlots) {
            throw new IndexOutOfBoundsException("stack slot " + slot + " of " + stackSlots);
        }
        return -SLOT_SIZE * (1 + maxLocals + slot);
    }

    /** The frame slot number of operand-stack slot {@code slot}. */
    public int stackFrameSlot(int slot) {
        return maxLocals + slot;
    }

    /** The frame slot of the locked object of a synchronized method. */
    public int lockSlot() {
        if (!hasLockSlot) {
            throw new IllegalStateException("the method is not synchronized");
        }
        return maxLocals + stackSlots;
    }

    public int lockOffset() {
        return slotOffset(lockSlot());
    }

    /** Bytes between the frame pointer and the stack pointer: all slots, rounded up to {@link #STACK_ALIGNMENT}. */
    public int frameSize() {
        int bytes = slotCount() * SLOT_SIZE;
        return (bytes + STACK_ALIGNMENT - 1) & -STACK_ALIGNMENT;
    }

    /** The number of parameters, {@code this} included. */
    public int parameterCount() {
        return parameterKinds.length;
    }

    /** The computational kind of parameter {@code p} ({@code this} is parameter 0 of an instance method). */
    public TypeKind parameterKind(int p) {
        return parameterKinds[p];
    }

    /** The local that holds parameter {@code p} on entry (JVMS 2.6.1). */
    public int parameterLocal(int p) {
        return parameterLocals[p];
    }
}
