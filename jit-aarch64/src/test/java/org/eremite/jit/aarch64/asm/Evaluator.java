package org.eremite.jit.aarch64.asm;

import org.eremite.vm.asm.LittleEndian;

/**
 * A tiny interpreter of the A64 instructions the MacroAssembler's constant and arithmetic sequences
 * use (move wide, logical immediate, add/sub immediate, shifted and extended register, logical shifted
 * register), so tests can check that a sequence computes what it claims. Written from the ARM ARM's
 * pseudocode, independently of the encoder.
 */
final class Evaluator {
    private final long[] x = new long[31];
    private long sp;

    long get(Register r) {
        return r == Register.SP ? sp : r == Register.ZR ? 0 : x[r.encoding()];
    }

    void set(Register r, long value) {
        if (r == Register.SP) {
            sp = value;
        } else if (r != Register.ZR) {
            x[r.encoding()] = value;
        }
    }

    /** Runs the instructions in {@code code[from, to)}. */
    void run(byte[] code, int from, int to) {
        for (int at = from; at < to; at += 4) {
            step(LittleEndian.getI32(code, at));
        }
    }

    private long read(int n, boolean spForm) {
        return n == 31 ? (spForm ? sp : 0) : x[n];
    }

    private void write(int d, boolean spForm, long value, boolean is64) {
        long v = is64 ? value : value & 0xFFFF_FFFFL;
        if (d == 31) {
            if (spForm) {
                sp = v;
            }
        } else {
            x[d] = v;
        }
    }

    void step(int w) {
        boolean is64 = w < 0;
        int d = w & 31;
        int n = w >>> 5 & 31;
        int m = w >>> 16 & 31;
        if ((w & 0x1F800000) == 0x12800000) {
            int opc = w >>> 29 & 3;
            int shift = 16 * (w >>> 21 & 3);
            long imm = (long) (w >>> 5 & 0xFFFF) << shift;
            long value;
            switch (opc) {
                case 0: value = ~imm; break;
                case 2: value = imm; break;
                case 3: value = read(d, false) & ~(0xFFFFL << shift) | imm; break;
                default: throw new AssertionError("unallocated move wide " + Integer.toHexString(w));
            }
            write(d, false, value, is64);
        } else if ((w & 0x1F800000) == 0x12000000) {
            int opc = w >>> 29 & 3;
            long imm = LogicalImmediate.decode(is64 ? 64 : 32, w >>> 10 & 0x1FFF);
            long a = read(n, false);
            long value = opc == 0 || opc == 3 ? a & imm : opc == 1 ? a | imm : a ^ imm;
            write(d, opc != 3, value, is64);
        } else if ((w & 0x1F000000) == 0x11000000) {
            boolean subtract = (w & 1 << 30) != 0;
            boolean flags = (w & 1 << 29) != 0;
            long imm = (long) (w >>> 10 & 0xFFF) << ((w >>> 22 & 1) == 1 ? 12 : 0);
            long a = read(n, true);
            write(d, !flags, subtract ? a - imm : a + imm, is64);
        } else if ((w & 0x1F200000) == 0x0B000000) {
            if ((w >>> 22 & 3) != 0) {
                throw new AssertionError("only lsl is modelled: " + Integer.toHexString(w));
            }
            boolean subtract = (w & 1 << 30) != 0;
            long b = read(m, false) << (w >>> 10 & 63);
            long a = read(n, false);
            write(d, false, subtract ? a - b : a + b, is64);
        } else if ((w & 0x1F200000) == 0x0B200000) {
            int option = w >>> 13 & 7;
            boolean subtract = (w & 1 << 30) != 0;
            boolean flags = (w & 1 << 29) != 0;
            long b = read(m, false);
            switch (option) {
                case 2: b &= 0xFFFF_FFFFL; break;
                case 3: break;
                case 6: b = (int) b; break;
                case 7: break;
                default: throw new AssertionError("extend option " + option + " is not modelled");
            }
            b <<= (w >>> 10 & 7);
            long a = read(n, true);
            write(d, !flags, subtract ? a - b : a + b, is64);
        } else if ((w & 0x1F000000) == 0x0A000000) {
            int opc = w >>> 29 & 3;
            if ((w >>> 22 & 3) != 0 || (w >>> 10 & 63) != 0) {
                throw new AssertionError("only unshifted logical registers are modelled");
            }
            long b = read(m, false);
            if ((w & 1 << 21) != 0) {
                b = ~b;
            }
            long a = read(n, false);
            long value = opc == 0 || opc == 3 ? a & b : opc == 1 ? a | b : a ^ b;
            write(d, false, value, is64);
        } else {
            throw new AssertionError("instruction " + Integer.toHexString(w) + " is not modelled");
        }
    }
}
