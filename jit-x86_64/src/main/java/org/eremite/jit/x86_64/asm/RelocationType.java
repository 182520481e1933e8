package org.eremite.jit.x86_64.asm;

import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.RelocationKind;

/**
 * The x86_64 relocations Jasm emits, with their ELF numbers and formulas from the System V AMD64 psABI
 * (section 4.4.1, Table 4.10). S + A is the {@code target} handed to {@link #apply}, P is {@code place}.
 * The image is linked statically without a PLT, so PLT32 resolves like PC32 (L = S).
 */
public enum RelocationType implements RelocationKind {
    /** word64, S + A: an absolute address ({@code movabs}, data). */
    R_X86_64_64(1, 8),
    /** word32, S + A - P: a RIP-relative displacement ({@code [rip + sym]}). */
    R_X86_64_PC32(2, 4),
    /** word32, L + A - P: the target of {@code call sym} / {@code jmp sym}. */
    R_X86_64_PLT32(4, 4),
    /** word32, S + A, zero-extended: an absolute address below 4 GB (32-bit mode code, {@code ljmp}). */
    R_X86_64_32(10, 4),
    /** word32, S + A, sign-extended: an absolute address in the low or the top 2 GB. */
    R_X86_64_32S(11, 4);

    private final int elfType;
    private final int width;

    RelocationType(int elfType, int width) {
        this.elfType = elfType;
        this.width = width;
    }

    @Override
    public int elfType() {
        return elfType;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void apply(byte[] code, int offset, long place, long target) {
        switch (this) {
            case R_X86_64_64:
                LittleEndian.putI64(code, offset, target);
                return;
            case R_X86_64_PC32:
            case R_X86_64_PLT32: {
                long value = target - place;
                if (value != (int) value) {
                    throw outOfRange(value, place, target, "a signed 32-bit displacement");
                }
                LittleEndian.putI32(code, offset, (int) value);
                return;
            }
            case R_X86_64_32:
                if (target < 0 || target > 0xFFFF_FFFFL) {
                    throw outOfRange(target, place, target, "an unsigned 32-bit address");
                }
                LittleEndian.putI32(code, offset, (int) target);
                return;
            case R_X86_64_32S:
                if (target != (int) target) {
                    throw outOfRange(target, place, target, "a sign-extended 32-bit address");
                }
                LittleEndian.putI32(code, offset, (int) target);
                return;
            default:
                throw new AssertionError(this);
        }
    }

    private IllegalArgumentException outOfRange(long value, long place, long target, String what) {
        return new IllegalArgumentException(name() + ": value 0x" + Long.toHexString(value) + " (target 0x"
                + Long.toHexString(target) + " from place 0x" + Long.toHexString(place) + ") does not fit " + what);
    }
}
