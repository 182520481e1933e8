package org.eremite.boot.aarch64;

import static org.eremite.jit.aarch64.asm.Register.FP;
import static org.eremite.jit.aarch64.asm.Register.R0;
import static org.eremite.jit.aarch64.asm.Register.R10;
import static org.eremite.jit.aarch64.asm.Register.R11;
import static org.eremite.jit.aarch64.asm.Register.R9;
import static org.eremite.jit.aarch64.asm.Register.SP;
import static org.eremite.jit.aarch64.asm.Register.ZR;

import org.eremite.boot.SmokeImageContract;
import org.eremite.jit.aarch64.asm.Address;
import org.eremite.jit.aarch64.asm.BarrierOption;
import org.eremite.jit.aarch64.asm.Condition;
import org.eremite.jit.aarch64.asm.MacroAssembler;
import org.eremite.jit.aarch64.asm.PStateField;
import org.eremite.jit.aarch64.asm.SystemOperation;
import org.eremite.jit.aarch64.asm.SystemRegister;
import org.eremite.vm.asm.Label;

/**
 * The entry code, {@value #START}, at the first byte of the image. QEMU enters it at EL1 (or EL2 on a
 * machine with virtualization=on) with the MMU off. In order:
 * <ol>
 *   <li>mask interrupts; from EL2, drop to EL1h;</li>
 *   <li>SP_EL1 = the trap stack, VBAR_EL1 = the vectors, so that any later fault is reported;</li>
 *   <li>clear the BSS variables, then print STX (the console-start byte the launcher waits for);</li>
 *   <li>enable FP/SIMD at EL1 (compiled Java code uses the FP registers);</li>
 *   <li>turn on the MMU with the build-time identity map of {@link PageTables}, caches on;</li>
 *   <li>switch to SP_EL0 = the boot stack, frame chain ended (x29 = 0);</li>
 *   <li>call the entry routine with x0 = the device tree (0 if none is at DTB_ADDRESS); if it returns,
 *       power off with its result as the status.</li>
 * </ol>
 * EL3 is not handled: virt starts ELF kernels at EL3 only with secure=on, which Eremite never uses.
 */
final class BootStub {
    static final String START = "boot_start";

    /** PSTATE.DAIF: all four masks for {@code msr daifset} (D, A, I, F). */
    static final int DAIF_ALL = 0b1111;
    /** CurrentEL.EL, bits 3:2 (ARM ARM C5.2, CurrentEL). */
    static final int CURRENT_EL_SHIFT = 2;
    static final int EL2 = 2;

    /** HCR_EL2.RW (bit 31): EL1 is AArch64 (ARM ARM D17.2, HCR_EL2); everything else off (no stage 2, no traps). */
    static final long HCR_EL2_RW = 1L << 31;
    /** CNTHCTL_EL2.EL1PCTEN (bit 0) and EL1PCEN (bit 1): EL1 may use the physical counter and timer. */
    static final long CNTHCTL_EL2_EL1_TIMER_ACCESS = 0b11;
    /** CPTR_EL2 with its RES1 bits (13:12, 9:0) and TFP (bit 10) clear: FP/SIMD not trapped to EL2. */
    static final long CPTR_EL2_NO_TRAPS = 0x33FF;
    /** SPSR_EL2 for the eret: M[3:0] = 0b0101 (EL1h, SP_EL1), D A I F (bits 9:6) masked (ARM ARM C5.2, SPSR_EL2). */
    static final long SPSR_EL1H_MASKED = 0x3C5;

    /** CPACR_EL1.FPEN, bits 21:20 = 0b11: FP/SIMD instructions are not trapped at EL0 or EL1. */
    static final long CPACR_EL1_FPEN = 0b11L << 20;

    /**
     * MAIR_EL1 (ARM ARM D17.2, MAIR_EL1): attribute 0 = 0x00 Device-nGnRnE; attribute 1 = 0xFF Normal,
     * inner and outer write-back non-transient, read- and write-allocate. Indices as in PageTables.
     */
    static final long MAIR_DEVICE_NGNRNE = 0x00;
    static final long MAIR_NORMAL_WRITE_BACK = 0xFF;
    static final long MAIR = MAIR_DEVICE_NGNRNE << (8 * PageTables.ATTR_DEVICE)
            | MAIR_NORMAL_WRITE_BACK << (8 * PageTables.ATTR_NORMAL);

    /** TCR_EL1 fields (ARM ARM D17.2, TCR_EL1). T0SZ = 25: a 39-bit address space, walks start at level 1. */
    static final long TCR_T0SZ = 64 - 39;
    /** IRGN0 (9:8) = ORGN0 (11:10) = 0b01: table walks are write-back read/write-allocate cacheable. */
    static final long TCR_IRGN0_WBWA = 0b01L << 8;
    static final long TCR_ORGN0_WBWA = 0b01L << 10;
    /** SH0 (13:12) = 0b11: walks are inner shareable. TG0 (15:14) = 0b00: 4 KiB granule. */
    static final long TCR_SH0_INNER = 0b11L << 12;
    static final long TCR_TG0_4K = 0b00L << 14;
    /** T1SZ (21:16) likewise 25, EPD1 (23): no walks through TTBR1_EL1, TG1 (31:30) = 0b10: 4 KiB. */
    static final long TCR_T1SZ = (64 - 39) << 16;
    static final long TCR_EPD1 = 1L << 23;
    static final long TCR_TG1_4K = 0b10L << 30;
    static final long TCR = TCR_T0SZ | TCR_IRGN0_WBWA | TCR_ORGN0_WBWA | TCR_SH0_INNER | TCR_TG0_4K
            | TCR_T1SZ | TCR_EPD1 | TCR_TG1_4K;
    /** TCR_EL1.IPS, bits 34:32, copied from ID_AA64MMFR0_EL1.PARange (bits 3:0; same encoding). */
    static final int TCR_IPS_SHIFT = 32;
    static final int TCR_IPS_WIDTH = 3;
    static final int PARANGE_WIDTH = 4;
    /** PARange 0b0101 = 48 bits: the most the 4 KiB granule can output without FEAT_LPA2 (TCR.DS). */
    static final int PARANGE_48_BITS = 0b0101;

    /**
     * SCTLR_EL1 (ARM ARM D17.2, SCTLR_EL1): the bits that are RES1 on an ARMv8.0 PE and that later
     * features define with the same safe meaning: 29 LSMAOE, 28 nTLSMD, 23 SPAN, 22 EIS, 20 TSCXT, 11 EOS.
     */
    static final long SCTLR_EL1_RES1 = 1L << 29 | 1L << 28 | 1L << 23 | 1L << 22 | 1L << 20 | 1L << 11;
    /** M (0) MMU, C (2) data cache, SA (3) / SA0 (4) sp alignment checks, I (12) instruction cache. A (1) stays off. */
    static final long SCTLR_M = 1L;
    static final long SCTLR_C = 1L << 2;
    static final long SCTLR_SA = 1L << 3;
    static final long SCTLR_SA0 = 1L << 4;
    static final long SCTLR_I = 1L << 12;
    static final long SCTLR_EL1_MMU_OFF = SCTLR_EL1_RES1;
    static final long SCTLR_EL1_MMU_ON = SCTLR_EL1_RES1 | SCTLR_M | SCTLR_C | SCTLR_SA | SCTLR_SA0 | SCTLR_I;

    private BootStub() {
    }

    /** Emits the stub, which must come first in the text; {@code entry} is the routine it calls. */
    static void emit(TextSection text, String entry) {
        MacroAssembler a = text.asm;
        Label atEl1 = new Label();
        text.begin(START);
        if (a.position() != 0) {
            throw new IllegalStateException(START + " must be the first byte of the text");
        }
        a.msr(PStateField.DAIFSET, DAIF_ALL);
        a.mrs(R9, SystemRegister.CURRENTEL);
        a.ubfx(64, R9, R9, CURRENT_EL_SHIFT, 2);
        a.cmp(64, R9, EL2);
        a.b(Condition.NE, atEl1);
        emitDropToEl1(a, atEl1);
        a.bind(atEl1);

        // Traps first: SP_EL1 is the trap stack from now on.
        a.msr(PStateField.SPSEL, 1);
        a.mov(64, R9, MemoryLayout.TRAP_STACK_TOP);
        a.mov(64, SP, R9);
        a.adr(R9, text.routine(TrapEntry.VECTORS));
        a.msr(SystemRegister.VBAR_EL1, R9);
        a.isb();

        // With the MMU off data accesses are Device-nGnRnE: aligned 16-byte stores are fine there.
        Label clear = new Label();
        Label cleared = new Label();
        a.mov(64, R9, MemoryLayout.BSS_BASE);
        a.mov(64, R10, MemoryLayout.BSS_BASE + MemoryLayout.BSS_SIZE);
        a.bind(clear);
        a.cmp(64, R9, R10);
        a.b(Condition.HS, cleared);
        a.stp(64, ZR, ZR, Address.postIndex(R9, 16));
        a.b(clear);
        a.bind(cleared);
        Serial.putc(text, SmokeImageContract.CONSOLE_START);

        a.mov(64, R9, CPACR_EL1_FPEN);
        a.msr(SystemRegister.CPACR_EL1, R9);
        a.isb();

        emitEnableMmu(a);

        // Normal code runs on SP_EL0, so that a trap switches to the trap stack (TrapEntry).
        a.mov(64, R9, MemoryLayout.BOOT_STACK_TOP);
        a.msr(PStateField.SPSEL, 0);
        a.mov(64, SP, R9);
        a.mov(64, FP, 0); // ends the frame chain: the entry's frame record is the outermost
        a.mov(64, R0, MemoryLayout.DTB_ADDRESS);
        text.call(DeviceTree.CHECK);
        text.call(entry);
        text.call(PowerOff.POWER_OFF);
        text.end();
    }

    /**
     * EL2 -> EL1 (ARM ARM D1, "Exception return"): EL1 in AArch64 without traps to EL2, the virtual
     * counter equal to the physical one, the ID registers as the hardware's, SCTLR_EL1 with the MMU off
     * (its reset value is UNKNOWN), then eret to {@code atEl1} in EL1h with DAIF masked.
     */
    private static void emitDropToEl1(MacroAssembler a, Label atEl1) {
        a.mov(64, R9, HCR_EL2_RW);
        a.msr(SystemRegister.HCR_EL2, R9);
        a.mov(64, R9, CNTHCTL_EL2_EL1_TIMER_ACCESS);
        a.msr(SystemRegister.CNTHCTL_EL2, R9);
        a.msr(SystemRegister.CNTVOFF_EL2, ZR);
        a.mov(64, R9, CPTR_EL2_NO_TRAPS);
        a.msr(SystemRegister.CPTR_EL2, R9);
        a.msr(SystemRegister.HSTR_EL2, ZR);
        a.mrs(R9, SystemRegister.MIDR_EL1);
        a.msr(SystemRegister.VPIDR_EL2, R9);
        a.mrs(R9, SystemRegister.MPIDR_EL1);
        a.msr(SystemRegister.VMPIDR_EL2, R9);
        a.mov(64, R9, SCTLR_EL1_MMU_OFF);
        a.msr(SystemRegister.SCTLR_EL1, R9);
        a.mov(64, R9, SPSR_EL1H_MASKED);
        a.msr(SystemRegister.SPSR_EL2, R9);
        a.adr(R9, atEl1);
        a.msr(SystemRegister.ELR_EL2, R9);
        a.eret();
    }

    /**
     * The MMU on, in the order the ARM ARM asks (D8, "Enabling and disabling the MMU"; D8, TLB maintenance):
     * stale TLB entries invalidated and the invalidation completed (dsb) before the new configuration;
     * MAIR/TCR/TTBR0 written and synchronized (isb) before SCTLR_EL1.M; isb after it, so that the next
     * instruction is fetched through the new map; then instructions fetched before are discarded. The
     * tables are read through the caches (TCR IRGN/ORGN), which is safe because the loader cleaned the
     * image to the point of coherency and the stub never writes them.
     */
    private static void emitEnableMmu(MacroAssembler a) {
        a.tlbi(SystemOperation.TLBI_VMALLE1);
        a.dsb(BarrierOption.NSH);
        a.isb();
        a.mov(64, R9, MAIR);
        a.msr(SystemRegister.MAIR_EL1, R9);
        a.mov(64, R9, TCR);
        a.mrs(R10, SystemRegister.ID_AA64MMFR0_EL1);
        a.ubfx(64, R10, R10, 0, PARANGE_WIDTH);
        a.mov(64, R11, PARANGE_48_BITS);
        a.cmp(64, R10, R11);
        a.csel(64, R10, R10, R11, Condition.LS);
        a.bfi(64, R9, R10, TCR_IPS_SHIFT, TCR_IPS_WIDTH);
        a.msr(SystemRegister.TCR_EL1, R9);
        a.mov(64, R9, MemoryLayout.L1_TABLE);
        a.msr(SystemRegister.TTBR0_EL1, R9);
        a.msr(SystemRegister.TTBR1_EL1, ZR);
        a.isb();
        a.mov(64, R9, SCTLR_EL1_MMU_ON);
        a.msr(SystemRegister.SCTLR_EL1, R9);
        a.isb();
        a.ic(SystemOperation.IC_IALLU);
        a.dsb(BarrierOption.NSH);
        a.isb();
    }
}
