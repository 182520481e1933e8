package org.eremite.jit.aarch64.asm;

/** The shareability domain and access types of {@code dmb} and {@code dsb} (ARM ARM C6.2.81, field CRm). */
public enum BarrierOption {
    OSHLD(1), OSHST(2), OSH(3), NSHLD(5), NSHST(6), NSH(7), ISHLD(9), ISHST(10), ISH(11), LD(13), ST(14), SY(15);

    private final int crm;

    BarrierOption(int crm) {
        this.crm = crm;
    }

    public int encoding() {
        return crm;
    }

    public String asmName() {
        return name().toLowerCase();
    }
}
