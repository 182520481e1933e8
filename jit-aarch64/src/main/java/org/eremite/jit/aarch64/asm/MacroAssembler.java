package org.eremite.jit.aarch64.asm;

import static org.eremite.jit.aarch64.asm.Register.IP0;
import static org.eremite.jit.aarch64.asm.Register.IP1;
import static org.eremite.jit.aarch64.asm.Register.SP;
import static org.eremite.jit.aarch64.asm.Register.ZR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Operands;

/**
 * Instruction sequences on top of {@link Assembler}: constants of any value, arithmetic with any
 * immediate, loads and stores at any offset, far calls, compare-and-branch, and a literal pool.
 *
 * <p>Sequences that need a temporary use {@link Register#IP0} (x16), or {@link Register#IP1} (x17) when
 * x16 is an operand: AAPCS64 reserves both for this, so callers must not keep values there across a
 * macro instruction.
 *
 * <p>The literal pool collects 64-bit constants loaded with {@code ldr literal} (+-1 MiB). It is emitted
 * at {@link #finish()}, on demand by {@link #flushLiteralPool()} (with a branch around it), and
 * automatically, with a branch around it, before the instruction that would otherwise put the oldest
 * pending load out of reach of its constant.
 */
public class MacroAssembler extends Assembler {
    /** How far ahead of the oldest load the pool may start: ldr literal reaches 1 MiB - 4 bytes. */
    private static final int POOL_REACH = (1 << 20) - 4;
    /** Room for the branch around the pool, its alignment and a few instructions of slack. */
    private static final int POOL_OVERHEAD = 4 + 4 + 32;

    private final List<Long> poolValues = new ArrayList<>();
    private final List<Label> poolLabels = new ArrayList<>();
    private final Map<Long, Label> poolIndex = new HashMap<>();
    private int oldestPoolLoad = -1;

    public MacroAssembler() {
    }

    // ---- constants

    /**
     * {@code rd = value} in the fewest instructions: one movz, movn or orr (bitmask immediate) where
     * possible, else orr plus movk when that is shorter, else movz/movn followed by a movk per remaining
     * halfword. For size 32 the value is an int (its low 32 bits).
     */
    public void mov(int size, Register rd, long value) {
        zr("mov", "rd", rd);
        if (sf("mov", size) == 0) {
            movInt(rd, (int) Operands.range("mov", "immediate", value, Integer.MIN_VALUE, 0xFFFF_FFFFL));
            return;
        }
        int zeros = 0;
        int ones = 0;
        for (int shift = 0; shift < 64; shift += 16) {
            int half = halfword(value, shift);
            zeros += half == 0 ? 1 : 0;
            ones += half == 0xFFFF ? 1 : 0;
        }
        int viaMovz = Math.max(1, 4 - zeros);
        int viaMovn = Math.max(1, 4 - ones);
        int best = Math.min(viaMovz, viaMovn);
        if (best > 1 && LogicalImmediate.isEncodable(64, value)) {
            orr(64, rd, ZR, value);
            return;
        }
        if (best > 2 && BitmaskTable.mayHelp(value, best)) {
            long bitmask = BitmaskTable.closest(value);
            int differing = BitmaskTable.differingHalfwords(value, bitmask);
            if (1 + differing < best) {
                orr(64, rd, ZR, bitmask);
                for (int shift = 0; shift < 64; shift += 16) {
                    if (halfword(value, shift) != halfword(bitmask, shift)) {
                        movk(64, rd, halfword(value, shift), shift);
                    }
                }
                return;
            }
        }
        moveWideSequence(64, rd, value, viaMovn < viaMovz);
    }

    /** How many instructions {@link #mov(int, Register, long)} emits for a 64-bit value. */
    public static int movLength(long value) {
        MacroAssembler probe = new MacroAssembler();
        probe.mov(64, Register.R0, value);
        return probe.position() / 4;
    }

    private void movInt(Register rd, int value) {
        int low = value & 0xFFFF;
        int high = value >>> 16;
        if (high == 0 || low == 0 || high == 0xFFFF || low == 0xFFFF) {
            moveWideSequence(32, rd, value & 0xFFFF_FFFFL, high == 0xFFFF || (low == 0xFFFF && high != 0));
        } else if (LogicalImmediate.isEncodable(32, value)) {
            orr(32, rd, ZR, value);
        } else {
            movz(32, rd, low, 0);
            movk(32, rd, high, 16);
        }
    }

    /** movz (or movn when {@code inverted}) of the first halfword that is not 0 (0xffff), movk of the others. */
    private void moveWideSequence(int size, Register rd, long value, boolean inverted) {
        int background = inverted ? 0xFFFF : 0;
        boolean first = true;
        for (int shift = 0; shift < size; shift += 16) {
            int half = halfword(value, shift);
            if (half == background) {
                continue;
            }
            if (first) {
                if (inverted) {
                    movn(size, rd, ~half & 0xFFFF, shift);
                } else {
                    movz(size, rd, half, shift);
                }
                first = false;
            } else {
                movk(size, rd, half, shift);
            }
        }
        if (first) {
            if (inverted) {
                movn(size, rd, 0, 0);
            } else {
                movz(size, rd, 0, 0);
            }
        }
    }

    private static int halfword(long value, int shift) {
        return (int) (value >>> shift) & 0xFFFF;
    }

    /** Every 64-bit bitmask immediate, to find one that matches a constant in all but one or two halfwords. */
    private static final class BitmaskTable {
        private static final long[] VALUES = build();

        private static long[] build() {
            List<Long> values = new ArrayList<>();
            for (int field = 0; field < 1 << 13; field++) {
                try {
                    long v = LogicalImmediate.decode(64, field);
                    if (LogicalImmediate.encode(64, v) == field) {
                        values.add(v);
                    }
                } catch (IllegalArgumentException reserved) {
                    // not a valid field
                }
            }
            return values.stream().mapToLong(Long::longValue).toArray();
        }

        /**
         * Whether an orr + movk sequence could beat {@code best}: it must keep 6 - best halfwords of some
         * bitmask, and every halfword of a bitmask immediate is 0, 0xffff or a rotated run of ones that is
         * itself a 16-bit element. Rules out most values before the scan of the table.
         */
        static boolean mayHelp(long value, int best) {
            int compatible = 0;
            for (int shift = 0; shift < 64; shift += 16) {
                long half = value >>> shift & 0xFFFF;
                if (half == 0 || half == 0xFFFF || LogicalImmediate.isEncodable(64, half * 0x0001_0001_0001_0001L)) {
                    compatible++;
                }
            }
            return compatible >= 6 - best;
        }

        static long closest(long value) {
            long best = VALUES[0];
            int bestDiff = 5;
            for (long candidate : VALUES) {
                int diff = differingHalfwords(value, candidate);
                if (diff < bestDiff) {
                    bestDiff = diff;
                    best = candidate;
                    if (diff <= 1) {
                        break;
                    }
                }
            }
            return best;
        }

        static int differingHalfwords(long a, long b) {
            long x = a ^ b;
            int n = 0;
            for (int shift = 0; shift < 64; shift += 16) {
                n += (x >>> shift & 0xFFFF) != 0 ? 1 : 0;
            }
            return n;
        }
    }

    /** {@code fd = value} (size 32 or 64): fmov immediate, fmov from zr for +0.0, else through a scratch register. */
    public void fmovConstant(int size, FloatRegister rd, double value) {
        long bits = size == 32 ? Float.floatToRawIntBits((float) value) & 0xFFFF_FFFFL : Double.doubleToRawLongBits(value);
        if (size == 32 && (float) value != value && !Double.isNaN(value)) {
            throw Operands.invalid("fmov", "immediate", value, "is not a float");
        }
        if (bits == 0) {
            fmov(size, rd, ZR);
        } else if (fpImmediate(value) >= 0) {
            fmov(size, rd, value);
        } else {
            mov(size, IP0, size == 32 ? (int) bits : bits);
            fmov(size, rd, IP0);
        }
    }

    // ---- arithmetic with any immediate

    /** {@code rd = rn + imm}: add or sub, one or two of them (24-bit magnitude), else through a scratch register. */
    public void addConstant(int size, Register rd, Register rn, long imm) {
        addOrSubConstant("add", size, rd, rn, imm);
    }

    public void subConstant(int size, Register rd, Register rn, long imm) {
        addOrSubConstant("sub", size, rd, rn, -imm);
    }

    private void addOrSubConstant(String insn, int size, Register rd, Register rn, long imm) {
        long value = sf(insn, size) == 1 ? imm : (int) imm;
        boolean negative = value < 0 && value != Long.MIN_VALUE;
        long magnitude = negative ? -value : value;
        if (value == 0) {
            // A 32-bit operation still clears the upper half, so only a 64-bit one to itself is a no-op.
            if (rd != rn || size == 32) {
                mov(size, rd, rn);
            }
        } else if (isAddSubImmediate(magnitude)) {
            addOrSub(negative, size, rd, rn, (int) magnitude);
        } else if (magnitude > 0 && magnitude < 1 << 24) {
            addOrSub(negative, size, rd, rn, (int) magnitude & 0xFFF000);
            addOrSub(negative, size, rd, rd, (int) magnitude & 0xFFF);
        } else {
            Register scratch = scratchAvoiding(rd, rn);
            mov(size, scratch, value);
            add(size, rd, rn, scratch);
        }
    }

    private void addOrSub(boolean subtract, int size, Register rd, Register rn, int imm) {
        if (subtract) {
            sub(size, rd, rn, imm);
        } else {
            add(size, rd, rn, imm);
        }
    }

    /** Flags of {@code rn - imm} for any imm: cmp, cmn, or through a scratch register. */
    public void cmpConstant(int size, Register rn, long imm) {
        long value = sf("cmp", size) == 1 ? imm : (int) imm;
        if (isAddSubImmediate(value)) {
            cmp(size, rn, (int) value);
        } else if (value != Long.MIN_VALUE && isAddSubImmediate(-value)) {
            cmn(size, rn, (int) -value);
        } else {
            Register scratch = scratchAvoiding(rn, rn);
            mov(size, scratch, value);
            cmp(size, rn, scratch);
        }
    }

    /** {@code rd = rn & imm}: the bitmask immediate form where encodable, else through a scratch register. */
    public void andConstant(int size, Register rd, Register rn, long imm) {
        logicalConstant(0, size, rd, rn, imm);
    }

    public void orrConstant(int size, Register rd, Register rn, long imm) {
        logicalConstant(1, size, rd, rn, imm);
    }

    public void eorConstant(int size, Register rd, Register rn, long imm) {
        logicalConstant(2, size, rd, rn, imm);
    }

    private void logicalConstant(int op, int size, Register rd, Register rn, long imm) {
        long value = sf("and", size) == 1 ? imm : imm & 0xFFFF_FFFFL;
        if (LogicalImmediate.isEncodable(size, value)) {
            switch (op) {
                case 0: and(size, rd, rn, value); break;
                case 1: orr(size, rd, rn, value); break;
                default: eor(size, rd, rn, value); break;
            }
            return;
        }
        Register scratch = scratchAvoiding(rd, rn);
        mov(size, scratch, value);
        switch (op) {
            case 0: and(size, rd, rn, scratch); break;
            case 1: orr(size, rd, rn, scratch); break;
            default: eor(size, rd, rn, scratch); break;
        }
    }

    /** {@code rd = rn % rm} (Java semantics: the sign of the dividend; MIN % -1 = 0): sdiv then msub. */
    public void srem(int size, Register rd, Register rn, Register rm) {
        Register quotient = scratchAvoiding(rn, rm);
        sdiv(size, quotient, rn, rm);
        msub(size, rd, quotient, rm, rn);
    }

    public void urem(int size, Register rd, Register rn, Register rm) {
        Register quotient = scratchAvoiding(rn, rm);
        udiv(size, quotient, rn, rm);
        msub(size, rd, quotient, rm, rn);
    }

    private static Register scratchAvoiding(Register a, Register b) {
        if (a != IP0 && b != IP0) {
            return IP0;
        }
        if (a != IP1 && b != IP1) {
            return IP1;
        }
        throw new IllegalArgumentException("macro: operands use both scratch registers x16 and x17");
    }

    // ---- memory at any offset

    /**
     * An address for an access of {@code accessBytes} bytes at {@code base + offset}: the immediate form if
     * it fits (scaled or unscaled), else a register offset with the offset moved into a scratch register
     * by instructions emitted now. Call it just before the load or store that uses it.
     */
    public Address address(int accessBytes, Register base, long offset) {
        if (accessBytes <= 0 || Integer.bitCount(accessBytes) != 1 || accessBytes > 16) {
            throw Operands.invalid("address", "accessBytes", accessBytes, "is not 1, 2, 4, 8 or 16");
        }
        boolean scaledFits = offset >= 0 && offset % accessBytes == 0 && offset / accessBytes < 4096;
        if (scaledFits || Operands.fitsSigned(offset, 9)) {
            return Address.offset(base, offset);
        }
        Register scratch = scratchAvoiding(base, base);
        mov(64, scratch, offset);
        return Address.index(base, scratch);
    }

    // ---- addresses, calls and jumps beyond the reach of one instruction

    /** {@code rd = &symbol + addend} anywhere within +-4 GiB: adrp + add. */
    public void loadAddress(Register rd, String symbol, long addend) {
        adrp(rd, symbol, addend);
        add(rd, rd, symbol, addend);
    }

    /** {@code rd = &label}: adr (+-1 MiB, checked when bound). */
    public void loadAddress(Register rd, Label label) {
        adr(rd, label);
    }

    /** Calls a symbol anywhere within +-4 GiB: adrp + add + blr through x16. */
    public void farCall(String symbol) {
        loadAddress(IP0, symbol, 0);
        blr(IP0);
    }

    /** Jumps to a symbol anywhere within +-4 GiB: adrp + add + br through x16. */
    public void farJump(String symbol) {
        loadAddress(IP0, symbol, 0);
        br(IP0);
    }

    /** Calls an absolute 64-bit address: constant into x16, then blr. */
    public void callAbsolute(long address) {
        mov(64, IP0, address);
        blr(IP0);
    }

    /**
     * A conditional branch beyond b.cond's +-1 MiB: the inverted condition skips an unconditional b
     * (+-128 MiB). Labels in one code buffer are always within b's reach.
     */
    public void branchFar(Condition cond, Label target) {
        if (cond == Condition.AL) {
            b(target);
            return;
        }
        Label skip = new Label();
        b(invertible("b", cond), skip);
        b(target);
        bind(skip);
    }

    /** Branches to {@code target} if {@code rn cond rm}. */
    public void compareAndBranch(int size, Condition cond, Register rn, Register rm, Label target) {
        cmp(size, rn, rm);
        b(cond, target);
    }

    /**
     * Branches to {@code target} if {@code rn cond imm}: cbz/cbnz for == 0 and != 0, tbnz/tbz on the sign
     * bit for signed < 0 and >= 0, otherwise a compare (any immediate) and b.cond.
     */
    public void compareAndBranch(int size, Condition cond, Register rn, long imm, Label target) {
        if (imm == 0) {
            switch (cond) {
                case EQ: cbz(size, rn, target); return;
                case NE: cbnz(size, rn, target); return;
                case LT: tbnz(rn, size - 1, target); return;
                case GE: tbz(rn, size - 1, target); return;
                default: break;
            }
        }
        cmpConstant(size, rn, imm);
        b(cond, target);
    }

    // ---- literal pool

    /** {@code xd = value} with one {@code ldr} from the literal pool (identical constants share a slot). */
    public void ldrLiteral(Register rd, long value) {
        ldr(64, rd, poolSlot(value));
    }

    /** {@code sd|dd = bits} with one {@code ldr} from the literal pool: the raw IEEE bits, size 32 or 64. */
    public void ldrLiteral(int size, FloatRegister rd, long bits) {
        if (size != 32 && size != 64) {
            throw Operands.invalid("ldr", "size", size, "is not 32 or 64");
        }
        ldr(size, rd, poolSlot(size == 32 ? bits & 0xFFFF_FFFFL : bits));
    }

    private Label poolSlot(long value) {
        // Flush first if this very load would be too late, so that the load lands after the pool.
        if (oldestPoolLoad >= 0 && position() >= oldestPoolLoad + POOL_REACH - poolBytes() - POOL_OVERHEAD - 8) {
            flushLiteralPool();
        }
        Label slot = poolIndex.get(value);
        if (slot == null) {
            slot = new Label();
            poolIndex.put(value, slot);
            poolValues.add(value);
            poolLabels.add(slot);
        }
        if (oldestPoolLoad < 0) {
            oldestPoolLoad = position();
        }
        setCheckpoint(oldestPoolLoad + POOL_REACH - poolBytes() - POOL_OVERHEAD);
        return slot;
    }

    private int poolBytes() {
        return 8 * poolValues.size();
    }

    /** The number of constants waiting in the pool. */
    public int pendingLiterals() {
        return poolValues.size();
    }

    /** Emits the pending constants now, behind a branch around them. */
    public void flushLiteralPool() {
        if (poolValues.isEmpty()) {
            return;
        }
        setCheckpoint(Integer.MAX_VALUE);
        Label over = new Label();
        b(over);
        emitPool();
        bind(over);
    }

    @Override
    void checkpointReached() {
        flushLiteralPool();
    }

    private void emitPool() {
        setCheckpoint(Integer.MAX_VALUE);
        align(8);
        for (int i = 0; i < poolValues.size(); i++) {
            bind(poolLabels.get(i));
            data64(poolValues.get(i));
        }
        poolValues.clear();
        poolLabels.clear();
        poolIndex.clear();
        oldestPoolLoad = -1;
    }

    /** Emits the pending literal pool (no branch needed: nothing falls through past the end), then finishes. */
    @Override
    public byte[] finish() {
        if (!poolValues.isEmpty()) {
            emitPool();
        }
        return super.finish();
    }
}
