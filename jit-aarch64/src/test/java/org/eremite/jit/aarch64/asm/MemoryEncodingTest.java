package org.eremite.jit.aarch64.asm;

import static org.eremite.jit.aarch64.asm.Jasm.SIZES;
import static org.eremite.jit.aarch64.asm.Jasm.check;
import static org.eremite.jit.aarch64.asm.Jasm.gpr;
import static org.eremite.jit.aarch64.asm.Jasm.listed;
import static org.eremite.jit.aarch64.asm.Jasm.random;
import static org.eremite.jit.aarch64.asm.Jasm.sp;
import static org.eremite.jit.aarch64.asm.Jasm.v;
import static org.eremite.jit.aarch64.asm.Jasm.zr;

import java.util.Random;
import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;

/** Loads, stores, pairs, literals, exclusives and atomics against GNU as. */
class MemoryEncodingTest {
    /** One emitter per single-register GPR load/store method, with its access size in bytes. */
    private interface Access {
        void emit(Assembler asm, Register rt, Address address);
    }

    private static final Access[] GPR_ACCESSES = {
        (a, r, m) -> a.ldr(32, r, m), (a, r, m) -> a.ldr(64, r, m), (a, r, m) -> a.str(32, r, m), (a, r, m) -> a.str(64, r, m),
        Assembler::ldrb, Assembler::ldrh, Assembler::strb, Assembler::strh,
        (a, r, m) -> a.ldrsb(32, r, m), (a, r, m) -> a.ldrsb(64, r, m), (a, r, m) -> a.ldrsh(32, r, m),
        (a, r, m) -> a.ldrsh(64, r, m), Assembler::ldrsw,
    };
    private static final int[] GPR_ACCESS_BYTES = {4, 8, 4, 8, 1, 2, 1, 2, 1, 1, 2, 2, 4};

    private static final Access[] UNSCALED_ACCESSES = {
        (a, r, m) -> a.ldur(32, r, m), (a, r, m) -> a.ldur(64, r, m), (a, r, m) -> a.stur(32, r, m), (a, r, m) -> a.stur(64, r, m),
        Assembler::ldurb, Assembler::ldurh, Assembler::sturb, Assembler::sturh,
        (a, r, m) -> a.ldursb(32, r, m), (a, r, m) -> a.ldursb(64, r, m), (a, r, m) -> a.ldursh(32, r, m),
        (a, r, m) -> a.ldursh(64, r, m), Assembler::ldursw,
    };

    @Test
    void singleRegisterLoadsAndStoresInEveryAddressingModeMatchGnuAs() {
        Assembler asm = listed();
        Random random = random();
        for (int k = 0; k < GPR_ACCESSES.length; k++) {
            Access access = GPR_ACCESSES[k];
            int bytes = GPR_ACCESS_BYTES[k];
            int log2 = Integer.numberOfTrailingZeros(bytes);
            long[] offsets = {0, bytes, 4095L * bytes, -1, -256, 255, 1, (long) random.nextInt(4096) * bytes,
                -random.nextInt(257)};
            for (int i = 0; i < 32; i++) {
                Register rt = zr(i);
                Register base = sp(i + 11);
                long offset = offsets[i % offsets.length];
                access.emit(asm, rt, Address.offset(base, offset));
                access.emit(asm, rt, Address.base(base));
                Register wbBase = sp(i + 11) == rt ? Register.SP : base;
                access.emit(asm, rt, Address.preIndex(wbBase, i % 2 == 0 ? -256 : 255 - i));
                access.emit(asm, rt, Address.postIndex(wbBase, i % 2 == 0 ? 255 : -i));
                Register index = zr(i + 5);
                access.emit(asm, rt, Address.index(base, index));
                access.emit(asm, rt, Address.index(base, index, log2));
                access.emit(asm, rt, Address.index(base, index, ExtendType.UXTW, 0));
                access.emit(asm, rt, Address.index(base, index, ExtendType.SXTW, log2));
                access.emit(asm, rt, Address.index(base, index, ExtendType.SXTX, log2));
                UNSCALED_ACCESSES[k].emit(asm, rt, Address.offset(base, i % 2 == 0 ? -256 + i : 255 - i));
            }
        }
        check(asm);
    }

    @Test
    void fpLoadsAndStoresOfEverySizeMatchGnuAs() {
        Assembler asm = listed();
        Random random = random();
        for (int size : new int[] {8, 16, 32, 64, 128}) {
            int bytes = size / 8;
            int log2 = Integer.numberOfTrailingZeros(bytes);
            for (int i = 0; i < 32; i++) {
                long scaled = (long) (i == 0 ? 4095 : random.nextInt(4096)) * bytes;
                asm.ldr(size, v(i), Address.offset(sp(i + 3), scaled));
                asm.str(size, v(i + 1), Address.offset(sp(i + 3), scaled));
                asm.ldr(size, v(i), Address.offset(sp(i), -1 - i));
                asm.str(size, v(i), Address.preIndex(sp(i), -256 + i));
                asm.ldr(size, v(i), Address.postIndex(sp(i), 255 - i));
                asm.ldr(size, v(i), Address.index(sp(i), zr(i + 1), log2));
                asm.str(size, v(i), Address.index(sp(i), zr(i + 2), ExtendType.SXTW, 0));
                asm.ldur(size, v(i), Address.offset(sp(i), 8));
                asm.stur(size, v(i), Address.offset(sp(i), -8));
            }
        }
        check(asm);
    }

    @Test
    void pairsMatchGnuAs() {
        Assembler asm = listed();
        for (int size : SIZES) {
            int bytes = size / 8;
            for (int i = 0; i < 32; i++) {
                long offset = (i % 3 == 0 ? -64 : i % 3 == 1 ? 63 : i - 16) * (long) bytes;
                Register t1 = zr(i);
                Register t2 = zr(i + 1);
                asm.ldp(size, t1, t2, Address.offset(sp(i + 2), offset));
                asm.stp(size, t2, t1, Address.offset(sp(i + 2), offset));
                asm.stp(size, t1, t2, Address.preIndex(Register.SP, -2L * bytes));
                asm.ldp(size, t1, t2, Address.postIndex(Register.SP, 2L * bytes));
                asm.ldp(size, t1, t2, Address.preIndex(sp(i + 3), offset));
                asm.stp(size, t1, t2, Address.postIndex(sp(i + 3), offset));
            }
        }
        for (int i = 0; i < 32; i++) {
            asm.ldpsw(zr(i), zr(i + 1), Address.offset(sp(i + 2), (i - 16) * 4L));
            for (int size : new int[] {32, 64, 128}) {
                long offset = (i - 16) * (long) (size / 8);
                asm.ldp(size, v(i), v(i + 1), Address.offset(sp(i + 2), offset));
                asm.stp(size, v(i), v(i + 1), Address.preIndex(sp(i + 2), offset));
                asm.ldp(size, v(i), v(i + 1), Address.postIndex(sp(i + 2), offset));
            }
        }
        check(asm);
    }

    @Test
    void literalLoadsToLabelsBothWaysMatchGnuAs() {
        Assembler asm = listed();
        Label before = new Label("before");
        Label after = new Label("after");
        asm.bind(before);
        asm.data64(0x1122334455667788L);
        for (int i = 0; i < 32; i++) {
            asm.ldr(64, zr(i), before);
            asm.ldr(32, zr(i), after);
            asm.ldrsw(zr(i), before);
            asm.ldr(32, v(i), after);
            asm.ldr(64, v(i), before);
            asm.ldr(128, v(i), after);
        }
        asm.align(16);
        asm.bind(after);
        asm.data64(1);
        asm.data64(2);
        check(asm);
    }

    @Test
    void exclusivesAcquireReleaseAndAtomicsMatchGnuAs() {
        Assembler asm = listed();
        for (int size : SIZES) {
            for (int i = 0; i < 32; i++) {
                Register rt = zr(i);
                Register base = sp(i + 7);
                Register status = gpr(i + 3);
                asm.ldxr(size, rt, base);
                asm.ldaxr(size, rt, base);
                asm.stxr(size, status, rt, base == status ? Register.SP : base);
                asm.stlxr(size, status, rt, base == status ? Register.SP : base);
                asm.ldar(size, rt, base);
                asm.stlr(size, rt, base);
                Register rs = zr(i + 2);
                asm.cas(size, rs, rt, base);
                asm.casa(size, rs, rt, base);
                asm.casl(size, rs, rt, base);
                asm.casal(size, rs, rt, base);
                asm.ldadd(size, rs, rt, base);
                asm.ldadda(size, rs, rt, base);
                asm.ldaddl(size, rs, rt, base);
                asm.ldaddal(size, rs, rt, base);
                asm.ldclr(size, rs, rt, base);
                asm.ldclral(size, rs, rt, base);
                asm.ldeor(size, rs, rt, base);
                asm.ldeoral(size, rs, rt, base);
                asm.ldset(size, rs, rt, base);
                asm.ldsetal(size, rs, rt, base);
                asm.swp(size, rs, rt, base);
                asm.swpa(size, rs, rt, base);
                asm.swpl(size, rs, rt, base);
                asm.swpal(size, rs, rt, base);
            }
        }
        for (int i = 0; i < 32; i++) {
            asm.ldarb(zr(i), sp(i + 1));
            asm.ldarh(zr(i), sp(i + 1));
            asm.stlrb(zr(i), sp(i + 1));
            asm.stlrh(zr(i), sp(i + 1));
        }
        check(asm);
    }
}
