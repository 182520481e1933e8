package org.eremite.jit.riscv64.asm;

import java.util.HashMap;
import java.util.Map;
import org.eremite.vm.asm.LittleEndian;

/**
 * A tiny RV64I interpreter for the tests: runs emitted code from its first byte until {@code ebreak} or
 * the end of the code, so that sequences are checked for what they compute, not only for how they are
 * encoded. Memory outside the code is a sparse byte map; the last load or store address is recorded.
 */
final class Rv64Machine {
    final long[] x = new long[32];
    final Map<Long, Byte> memory = new HashMap<>();
    long lastAccess = Long.MIN_VALUE;
    long pc;
    int executed;

    private final byte[] code;
    private final long base;

    Rv64Machine(byte[] code, long base) {
        this.code = code;
        this.base = base;
    }

    Rv64Machine(byte[] code) {
        this(code, 0x8000_0000L);
    }

    long get(Register r) {
        return x[r.number()];
    }

    Rv64Machine set(Register r, long value) {
        x[r.number()] = value;
        return this;
    }

    /** Runs from the first instruction until ebreak or until pc leaves the code; returns this for chained checks. */
    Rv64Machine run() {
        return runFrom(base);
    }

    /** Executes exactly {@code count} instructions from the first one. */
    Rv64Machine steps(int count) {
        pc = base;
        for (int i = 0; i < count; i++) {
            step(LittleEndian.getI32(code, (int) (pc - base)));
            x[0] = 0;
        }
        return this;
    }

    Rv64Machine runFrom(long start) {
        pc = start;
        while (pc >= base && pc - base < code.length) {
            if (++executed > 1_000_000) {
                throw new AssertionError("runaway code at pc 0x" + Long.toHexString(pc));
            }
            int w = LittleEndian.getI32(code, (int) (pc - base));
            if (w == 0x0010_0073) {
                return this;
            }
            step(w);
            x[0] = 0;
        }
        return this;
    }

    private void step(int w) {
        int opcode = w & 0x7F;
        int rd = w >>> 7 & 31;
        int f3 = w >>> 12 & 7;
        int rs1 = w >>> 15 & 31;
        int rs2 = w >>> 20 & 31;
        int f7 = w >>> 25;
        long immI = w >> 20;
        long immS = (w >> 25) << 5 | (w >>> 7 & 31);
        long a = x[rs1];
        long b = x[rs2];
        long next = pc + 4;
        switch (opcode) {
            case 0x37 -> x[rd] = (long) (w & 0xFFFFF000);
            case 0x17 -> x[rd] = pc + (long) (w & 0xFFFFF000);
            case 0x6F -> {
                long imm = (long) (w >> 31) << 20 | (w >>> 12 & 0xFF) << 12 | (w >>> 20 & 1) << 11 | (w >>> 21 & 0x3FF) << 1;
                x[rd] = next;
                next = pc + imm;
            }
            case 0x67 -> {
                long target = (a + immI) & ~1L;
                x[rd] = next;
                next = target;
            }
            case 0x63 -> {
                long imm = (long) (w >> 31) << 12 | (w >>> 7 & 1) << 11 | (w >>> 25 & 0x3F) << 5 | (w >>> 8 & 0xF) << 1;
                boolean taken = switch (f3) {
                    case 0 -> a == b;
                    case 1 -> a != b;
                    case 4 -> a < b;
                    case 5 -> a >= b;
                    case 6 -> Long.compareUnsigned(a, b) < 0;
                    case 7 -> Long.compareUnsigned(a, b) >= 0;
                    default -> throw unsupported(w);
                };
                if (taken) {
                    next = pc + imm;
                }
            }
            case 0x13 -> x[rd] = switch (f3) {
                case 0 -> a + immI;
                case 1 -> a << (immI & 63);
                case 2 -> a < immI ? 1 : 0;
                case 3 -> Long.compareUnsigned(a, immI) < 0 ? 1 : 0;
                case 4 -> a ^ immI;
                case 5 -> (immI & 0x400) != 0 ? a >> (immI & 63) : a >>> (immI & 63);
                case 6 -> a | immI;
                default -> a & immI;
            };
            case 0x1B -> x[rd] = switch (f3) {
                case 0 -> (int) (a + immI);
                case 1 -> (int) a << (immI & 31);
                case 5 -> (immI & 0x400) != 0 ? (int) a >> (immI & 31) : (int) a >>> (immI & 31);
                default -> throw unsupported(w);
            };
            case 0x33 -> x[rd] = f7 == 1 ? switch (f3) {
                case 0 -> a * b;
                default -> throw unsupported(w);
            } : switch (f3 | f7 >> 2) {
                case 0 -> a + b;
                case 8 -> a - b;
                case 1 -> a << (b & 63);
                case 2 -> a < b ? 1 : 0;
                case 3 -> Long.compareUnsigned(a, b) < 0 ? 1 : 0;
                case 4 -> a ^ b;
                case 5 -> a >>> (b & 63);
                case 13 -> a >> (b & 63);
                case 6 -> a | b;
                case 7 -> a & b;
                default -> throw unsupported(w);
            };
            case 0x3B -> x[rd] = switch (f3 | f7 >> 2) {
                case 0 -> (int) (a + b);
                case 8 -> (int) (a - b);
                default -> throw unsupported(w);
            };
            case 0x03 -> x[rd] = load(a + immI, f3);
            case 0x07 -> load(a + immI, f3);
            case 0x23, 0x27 -> store(a + immS, b, 1 << f3);
            default -> throw unsupported(w);
        }
        pc = next;
    }

    private long load(long address, int f3) {
        lastAccess = address;
        int size = 1 << (f3 & 3);
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | memory.getOrDefault(address + i, (byte) 0) & 0xFF;
        }
        int bits = 64 - 8 * size;
        return f3 >= 4 ? v : v << bits >> bits;
    }

    private void store(long address, long value, int size) {
        lastAccess = address;
        for (int i = 0; i < size; i++) {
            memory.put(address + i, (byte) (value >>> 8 * i));
        }
    }

    private AssertionError unsupported(int w) {
        return new AssertionError("Rv64Machine: unsupported instruction 0x" + Integer.toHexString(w)
                + " at pc 0x" + Long.toHexString(pc));
    }
}
