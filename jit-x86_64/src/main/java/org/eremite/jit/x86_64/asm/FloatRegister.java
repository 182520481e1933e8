package org.eremite.jit.x86_64.asm;

/** The sixteen SSE registers xmm0..xmm15, in hardware encoding order (SDM vol. 2, 2.1.5). */
public enum FloatRegister {
    XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
    XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

    /** The 4-bit hardware number. */
    public int encoding() {
        return ordinal();
    }

    @Override
    public String toString() {
        return "xmm" + ordinal();
    }
}
