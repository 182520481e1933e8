package org.eremite.jit.x86_64.asm;

/**
 * The sixteen general-purpose registers, in hardware encoding order (SDM vol. 2, 2.1.5, Table 2-2 and
 * 3.1.1.1). A register has no size: the instruction method ({@code addq}, {@code addl}, ...) says which
 * part of it is used, and the listing prints the name of that part.
 */
public enum Register {
    RAX("rax", "eax", "ax", "al"),
    RCX("rcx", "ecx", "cx", "cl"),
    RDX("rdx", "edx", "dx", "dl"),
    RBX("rbx", "ebx", "bx", "bl"),
    RSP("rsp", "esp", "sp", "spl"),
    RBP("rbp", "ebp", "bp", "bpl"),
    RSI("rsi", "esi", "si", "sil"),
    RDI("rdi", "edi", "di", "dil"),
    R8("r8", "r8d", "r8w", "r8b"),
    R9("r9", "r9d", "r9w", "r9b"),
    R10("r10", "r10d", "r10w", "r10b"),
    R11("r11", "r11d", "r11w", "r11b"),
    R12("r12", "r12d", "r12w", "r12b"),
    R13("r13", "r13d", "r13w", "r13b"),
    R14("r14", "r14d", "r14w", "r14b"),
    R15("r15", "r15d", "r15w", "r15b");

    private final String name64;
    private final String name32;
    private final String name16;
    private final String name8;

    Register(String name64, String name32, String name16, String name8) {
        this.name64 = name64;
        this.name32 = name32;
        this.name16 = name16;
        this.name8 = name8;
    }

    /** The 4-bit hardware number: the low 3 bits go in ModRM/SIB/opcode, bit 3 in a REX bit. */
    public int encoding() {
        return ordinal();
    }

    /** The register's name when {@code size} bits of it are used, as GNU as spells it. */
    public String name(OperandSize size) {
        switch (size) {
            case BYTE:
                return name8;
            case WORD:
                return name16;
            case DWORD:
                return name32;
            default:
                return name64;
        }
    }

    @Override
    public String toString() {
        return name64;
    }
}
