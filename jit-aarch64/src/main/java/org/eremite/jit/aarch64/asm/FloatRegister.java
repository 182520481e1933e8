package org.eremite.jit.aarch64.asm;

/**
 * The SIMD and floating-point registers v0..v31. The access size picks the view: 8 ({@code b}),
 * 16 ({@code h}), 32 ({@code s}), 64 ({@code d}) or 128 ({@code q}) bits.
 */
public enum FloatRegister {
    V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15,
    V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31;

    private static final FloatRegister[] BY_NUMBER = values();

    public int encoding() {
        return ordinal();
    }

    public static FloatRegister v(int n) {
        if (n < 0 || n > 31) {
            throw new IllegalArgumentException("register number " + n + " is out of range [0, 31]");
        }
        return BY_NUMBER[n];
    }

    /** The GNU as name of the {@code size}-bit view: {@code b0}, {@code h0}, {@code s0}, {@code d0}, {@code q0}. */
    public String asmName(int size) {
        char prefix;
        switch (size) {
            case 8: prefix = 'b'; break;
            case 16: prefix = 'h'; break;
            case 32: prefix = 's'; break;
            case 64: prefix = 'd'; break;
            case 128: prefix = 'q'; break;
            default: throw new IllegalArgumentException("FP register size " + size + " is not 8, 16, 32, 64 or 128");
        }
        return prefix + Integer.toString(ordinal());
    }
}
