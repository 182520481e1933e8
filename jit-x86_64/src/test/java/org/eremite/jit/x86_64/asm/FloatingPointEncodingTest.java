package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.EncodingTestSupport.FLOAT_REGISTERS;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.REGISTERS;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.addresses;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.check;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.listed;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.xmm;

import java.util.List;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.FF;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.FM;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.FR;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.MF;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.RF;
import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;

class FloatingPointEncodingTest {
    private static final List<FF> REGISTER_FORMS = List.of(
            Assembler::addss, Assembler::addsd, Assembler::subss, Assembler::subsd, Assembler::mulss, Assembler::mulsd,
            Assembler::divss, Assembler::divsd, Assembler::sqrtss, Assembler::sqrtsd, Assembler::minss, Assembler::minsd,
            Assembler::maxss, Assembler::maxsd, Assembler::ucomiss, Assembler::ucomisd, Assembler::comiss, Assembler::comisd,
            Assembler::cvtss2sd, Assembler::cvtsd2ss, Assembler::andps, Assembler::andpd, Assembler::andnps, Assembler::andnpd,
            Assembler::orps, Assembler::orpd, Assembler::xorps, Assembler::xorpd, Assembler::movss, Assembler::movsd,
            Assembler::movaps, Assembler::movapd);
    private static final List<FM> MEMORY_FORMS = List.of(
            Assembler::addss, Assembler::addsd, Assembler::subss, Assembler::subsd, Assembler::mulss, Assembler::mulsd,
            Assembler::divss, Assembler::divsd, Assembler::sqrtss, Assembler::sqrtsd, Assembler::minss, Assembler::minsd,
            Assembler::maxss, Assembler::maxsd, Assembler::ucomiss, Assembler::ucomisd, Assembler::comiss, Assembler::comisd,
            Assembler::cvtss2sd, Assembler::cvtsd2ss, Assembler::andps, Assembler::andpd, Assembler::andnps, Assembler::andnpd,
            Assembler::orps, Assembler::orpd, Assembler::xorps, Assembler::xorpd, Assembler::movss, Assembler::movsd,
            Assembler::movaps, Assembler::movapd);
    private static final List<MF> STORE_FORMS = List.of(Assembler::movss, Assembler::movsd, Assembler::movaps, Assembler::movapd);

    @Test
    void scalarArithmeticAndMovesMatchGnuAsForEveryRegisterPair() {
        Assembler a = listed();
        for (FF form : REGISTER_FORMS) {
            for (FloatRegister x : FLOAT_REGISTERS) {
                for (FloatRegister y : FLOAT_REGISTERS) {
                    form.emit(a, x, y);
                }
            }
        }
        check(a);
    }

    @Test
    void memoryOperandsAndStoresMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        int i = 0;
        for (Address m : addresses(data, 21)) {
            for (FM form : MEMORY_FORMS) {
                form.emit(a, xmm(i++), m);
            }
            for (MF form : STORE_FORMS) {
                form.emit(a, m, xmm(i++));
            }
            a.roundss(xmm(i), m, i % 16);
            a.roundsd(xmm(i + 1), m, (i + 1) % 16);
        }
        check(a);
    }

    @Test
    void roundingMovesBetweenRegisterFilesAndConversionsMatchGnuAs() {
        Assembler a = listed();
        List<FR> toXmm = List.of(Assembler::movd, Assembler::movq, Assembler::cvtsi2ssl, Assembler::cvtsi2ssq,
                Assembler::cvtsi2sdl, Assembler::cvtsi2sdq);
        List<RF> fromXmm = List.of(Assembler::movd, Assembler::movq, Assembler::cvttss2sil, Assembler::cvttss2siq,
                Assembler::cvttsd2sil, Assembler::cvttsd2siq);
        for (FloatRegister x : FLOAT_REGISTERS) {
            for (Register r : REGISTERS) {
                for (FR form : toXmm) {
                    form.emit(a, x, r);
                }
                for (RF form : fromXmm) {
                    form.emit(a, r, x);
                }
            }
            for (int mode = 0; mode < 16; mode++) {
                a.roundss(x, xmm(x.ordinal() + mode), mode);
                a.roundsd(xmm(x.ordinal() * 3 + mode), x, mode);
            }
        }
        check(a);
    }
}
