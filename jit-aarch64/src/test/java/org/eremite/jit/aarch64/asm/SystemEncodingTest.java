package org.eremite.jit.aarch64.asm;

import static org.eremite.jit.aarch64.asm.Jasm.check;
import static org.eremite.jit.aarch64.asm.Jasm.listed;
import static org.eremite.jit.aarch64.asm.Jasm.zr;

import org.junit.jupiter.api.Test;

/** Barriers, hints, exception generation, system registers and maintenance operations against GNU as. */
class SystemEncodingTest {
    @Test
    void barriersHintsAndExceptionsMatchGnuAs() {
        Assembler asm = listed();
        for (BarrierOption option : BarrierOption.values()) {
            asm.dmb(option);
            asm.dsb(option);
        }
        asm.isb();
        asm.clrex();
        asm.nop();
        asm.yield();
        asm.wfe();
        asm.wfi();
        asm.sev();
        asm.sevl();
        asm.eret();
        for (int imm : new int[] {0, 1, 0x1234, 0xF000, 0xFFFF}) {
            asm.svc(imm);
            asm.hvc(imm);
            asm.smc(imm);
            asm.brk(imm);
            asm.hlt(imm);
            asm.udf(imm);
        }
        check(asm);
    }

    @Test
    void systemRegisterMovesMatchGnuAs() {
        Assembler asm = listed();
        int i = 0;
        for (SystemRegister register : SystemRegister.values()) {
            asm.mrs(zr(i), register);
            if (!register.isReadOnly()) {
                asm.msr(register, zr(i + 1));
            }
            i++;
        }
        for (int imm = 0; imm < 16; imm++) {
            asm.msr(PStateField.DAIFSET, imm);
            asm.msr(PStateField.DAIFCLR, imm);
        }
        asm.msr(PStateField.SPSEL, 0);
        asm.msr(PStateField.SPSEL, 1);
        check(asm);
    }

    @Test
    void cacheAndTlbMaintenanceMatchesGnuAs() {
        Assembler asm = listed();
        int i = 0;
        for (SystemOperation operation : SystemOperation.values()) {
            Register rt = operation.takesRegister() ? zr(i++) : null;
            switch (operation.mnemonic()) {
                case "tlbi":
                    if (rt == null) {
                        asm.tlbi(operation);
                    } else {
                        asm.tlbi(operation, rt);
                    }
                    break;
                case "dc":
                    asm.dc(operation, rt);
                    break;
                default:
                    if (rt == null) {
                        asm.ic(operation);
                    } else {
                        asm.ic(operation, rt);
                    }
                    break;
            }
        }
        check(asm);
    }
}
