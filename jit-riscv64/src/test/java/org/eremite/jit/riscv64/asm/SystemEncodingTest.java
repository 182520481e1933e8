package org.eremite.jit.riscv64.asm;

import static org.eremite.jit.riscv64.asm.GnuAs.assertSameAsGnuAs;
import static org.eremite.jit.riscv64.asm.GnuAs.listingAssembler;
import static org.eremite.jit.riscv64.asm.Register.x;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Atomics, fences, CSR access and the privileged instructions, assembled by Jasm and by GNU as. */
class SystemEncodingTest {
    interface Amo {
        void emit(Register rd, Register value, Register address, Ordering ordering);
    }

    interface Lr {
        void emit(Register rd, Register address, Ordering ordering);
    }

    interface CsrOp {
        void emit(Register rd, Csr csr, Register rs1);
    }

    interface CsrImmOp {
        void emit(Register rd, Csr csr, int uimm);
    }

    @Test
    void atomicsOfBothWidthsWithEveryOrderingEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        List<Amo> amos = List.of(a::sc_w, a::sc_d,
                a::amoswap_w, a::amoadd_w, a::amoxor_w, a::amoand_w, a::amoor_w, a::amomin_w, a::amomax_w, a::amominu_w, a::amomaxu_w,
                a::amoswap_d, a::amoadd_d, a::amoxor_d, a::amoand_d, a::amoor_d, a::amomin_d, a::amomax_d, a::amominu_d, a::amomaxu_d);
        List<Lr> lrs = List.of(a::lr_w, a::lr_d);
        Ordering[] orderings = Ordering.values();
        for (int i = 0; i < 32; i++) {
            Ordering ordering = orderings[i % orderings.length];
            for (Amo op : amos) {
                op.emit(x(i), x((i + 6) % 32), x((i + 21) % 32), ordering);
            }
            for (Lr op : lrs) {
                op.emit(x(i), x((i + 8) % 32), ordering);
            }
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void fencesWithEveryPredecessorAndSuccessorSetEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        for (int pred = 1; pred <= Fence.IORW; pred++) {
            for (int succ = 1; succ <= Fence.IORW; succ++) {
                a.fence(pred, succ);
            }
        }
        a.fence();
        a.fence_tso();
        a.fence_i();
        assertSameAsGnuAs(a);
    }

    @Test
    void csrAccessToEveryNamedCsrEncodesLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        List<CsrOp> ops = List.of(a::csrrw, a::csrrs, a::csrrc);
        List<CsrImmOp> immOps = List.of(a::csrrwi, a::csrrsi, a::csrrci);
        int i = 0;
        for (Csr csr : Csr.values()) {
            i++;
            a.csrr(x(i % 32), csr);
            a.csrrs(x((i + 1) % 32), csr, Register.ZERO);
            a.csrrc(x((i + 2) % 32), csr, Register.ZERO);
            a.csrrsi(x((i + 3) % 32), csr, 0);
            a.csrrci(x((i + 4) % 32), csr, 0);
            if (csr.isReadOnly()) {
                continue;
            }
            for (CsrOp op : ops) {
                op.emit(x(i % 32), csr, x((i + 12) % 32));
            }
            for (CsrImmOp op : immOps) {
                op.emit(x(i % 32), csr, i % 32);
            }
            a.csrw(csr, x((i + 1) % 32));
            a.csrs(csr, x((i + 2) % 32));
            a.csrc(csr, x((i + 3) % 32));
            a.csrwi(csr, 31 - i % 32);
            a.csrsi(csr, (i + 1) % 32);
            a.csrci(csr, (i + 2) % 32);
        }
        for (int r = 0; r < 32; r++) {
            a.csrrw(x(r), Csr.SSCRATCH, x(31 - r));
            a.csrrsi(x(r), Csr.SSTATUS, r);
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void trapReturnWaitAndTranslationFenceInstructionsEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        a.ecall();
        a.ebreak();
        a.sret();
        a.mret();
        a.wfi();
        a.sfence_vma();
        for (int i = 0; i < 32; i++) {
            a.sfence_vma(x(i), x((i + 5) % 32));
        }
        assertSameAsGnuAs(a);
    }
}
