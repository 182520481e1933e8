package org.eremite.jit.riscv64.asm;

/**
 * The 32 floating-point registers f0..f31 of the F and D extensions, named by their LP64D ABI names
 * (unprivileged spec chapter 25, table 25.1). The listing prints the ABI name.
 */
public enum FloatRegister {
    FT0, FT1, FT2, FT3, FT4, FT5, FT6, FT7,
    FS0, FS1, FA0, FA1, FA2, FA3, FA4, FA5,
    FA6, FA7, FS2, FS3, FS4, FS5, FS6, FS7,
    FS8, FS9, FS10, FS11, FT8, FT9, FT10, FT11;

    private static final FloatRegister[] BY_NUMBER = values();

    private final String abiName = name().toLowerCase(java.util.Locale.ROOT);

    /** The register's number, 0..31: the value of its field in an instruction. */
    public int number() {
        return ordinal();
    }

    /** The register {@code f<number>}. */
    public static FloatRegister f(int number) {
        if (number < 0 || number >= BY_NUMBER.length) {
            throw new IllegalArgumentException("float register: f" + number + " does not exist (f0..f31)");
        }
        return BY_NUMBER[number];
    }

    public String abiName() {
        return abiName;
    }

    @Override
    public String toString() {
        return abiName;
    }
}
