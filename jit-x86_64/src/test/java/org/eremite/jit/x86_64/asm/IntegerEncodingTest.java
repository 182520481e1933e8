package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.EncodingTestSupport.REGISTERS;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.addresses;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.check;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.immediates32;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.listed;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.reg;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.M;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.MI;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.MR;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.R;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.RI;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.RM;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.RR;
import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;

class IntegerEncodingTest {
    private static final List<RR> ALU_RR = List.of(
            Assembler::addq, Assembler::orq, Assembler::adcq, Assembler::sbbq, Assembler::andq, Assembler::subq,
            Assembler::xorq, Assembler::cmpq, Assembler::addl, Assembler::orl, Assembler::adcl, Assembler::sbbl,
            Assembler::andl, Assembler::subl, Assembler::xorl, Assembler::cmpl);
    private static final List<RI> ALU_RI = List.of(
            Assembler::addq, Assembler::orq, Assembler::adcq, Assembler::sbbq, Assembler::andq, Assembler::subq,
            Assembler::xorq, Assembler::cmpq, Assembler::addl, Assembler::orl, Assembler::adcl, Assembler::sbbl,
            Assembler::andl, Assembler::subl, Assembler::xorl, Assembler::cmpl);
    private static final List<RM> ALU_RM = List.of(
            Assembler::addq, Assembler::orq, Assembler::adcq, Assembler::sbbq, Assembler::andq, Assembler::subq,
            Assembler::xorq, Assembler::cmpq, Assembler::addl, Assembler::orl, Assembler::adcl, Assembler::sbbl,
            Assembler::andl, Assembler::subl, Assembler::xorl, Assembler::cmpl);
    private static final List<MR> ALU_MR = List.of(
            Assembler::addq, Assembler::orq, Assembler::adcq, Assembler::sbbq, Assembler::andq, Assembler::subq,
            Assembler::xorq, Assembler::cmpq, Assembler::addl, Assembler::orl, Assembler::adcl, Assembler::sbbl,
            Assembler::andl, Assembler::subl, Assembler::xorl, Assembler::cmpl);
    private static final List<MI> ALU_MI = List.of(
            Assembler::addq, Assembler::orq, Assembler::adcq, Assembler::sbbq, Assembler::andq, Assembler::subq,
            Assembler::xorq, Assembler::cmpq, Assembler::addl, Assembler::orl, Assembler::adcl, Assembler::sbbl,
            Assembler::andl, Assembler::subl, Assembler::xorl, Assembler::cmpl);

    @Test
    void aluRegisterRegisterFormsMatchGnuAsForEveryRegisterPair() {
        Assembler a = listed();
        for (RR form : ALU_RR) {
            for (Register x : REGISTERS) {
                for (Register y : REGISTERS) {
                    form.emit(a, x, y);
                }
            }
        }
        assertTrue(check(a) >= 16 * 256);
    }

    @Test
    void aluImmediateFormsMatchGnuAsIncludingAccumulatorAndImm8Choices() {
        Assembler a = listed();
        int[] imms = immediates32(1);
        for (RI form : ALU_RI) {
            for (Register x : REGISTERS) {
                for (int imm : imms) {
                    form.emit(a, x, imm);
                }
            }
        }
        check(a);
    }

    @Test
    void aluMemoryFormsMatchGnuAsForEveryAddressingMode() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        List<Address> addresses = addresses(data, 2);
        int[] imms = immediates32(3);
        int i = 0;
        for (int f = 0; f < ALU_RM.size(); f++) {
            for (Address m : addresses) {
                ALU_RM.get(f).emit(a, reg(i), m);
                ALU_MR.get(f).emit(a, m, reg(i + 5));
                ALU_MI.get(f).emit(a, m, imms[i % imms.length]);
                i++;
            }
        }
        check(a);
    }

    @Test
    void byteAndWordComparesAndTestsMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        int[] bytes = {0, 1, -1, 127, -128, 128, 255};
        int[] words = {0, 1, -1, 127, -128, 128, 255, 32767, -32768, 32768, 65535};
        int i = 0;
        for (Address m : addresses(data, 4)) {
            a.cmpb(m, bytes[i % bytes.length]);
            a.cmpw(m, words[i % words.length]);
            a.testb(m, bytes[i % bytes.length]);
            i++;
        }
        for (Register x : REGISTERS) {
            for (int imm : bytes) {
                a.cmpb(x, imm);
                a.testb(x, imm);
            }
        }
        check(a);
    }

    @Test
    void testFormsMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        for (Register x : REGISTERS) {
            for (Register y : REGISTERS) {
                a.testq(x, y);
                a.testl(x, y);
            }
            for (int imm : immediates32(5)) {
                a.testq(x, imm);
                a.testl(x, imm);
            }
        }
        int i = 0;
        for (Address m : addresses(data, 6)) {
            a.testq(m, reg(i));
            a.testl(m, reg(i + 3));
            a.testq(m, i * 1000 - 7);
            a.testl(m, -i);
            i++;
        }
        check(a);
    }

    @Test
    void multiplyDivideAndUnaryFormsMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        List<R> unaryRegister = List.of(Assembler::negq, Assembler::negl, Assembler::notq, Assembler::notl,
                Assembler::incq, Assembler::incl, Assembler::decq, Assembler::decl, Assembler::mulq, Assembler::mull,
                Assembler::imulq, Assembler::imull, Assembler::divq, Assembler::divl, Assembler::idivq, Assembler::idivl);
        List<M> unaryMemory = List.of(Assembler::negq, Assembler::negl, Assembler::notq, Assembler::notl,
                Assembler::incq, Assembler::incl, Assembler::decq, Assembler::decl, Assembler::divq, Assembler::divl,
                Assembler::idivq, Assembler::idivl);
        for (R form : unaryRegister) {
            for (Register x : REGISTERS) {
                form.emit(a, x);
            }
        }
        List<Address> addresses = addresses(data, 7);
        for (M form : unaryMemory) {
            for (Address m : addresses) {
                form.emit(a, m);
            }
        }
        int[] imms = immediates32(8);
        for (Register x : REGISTERS) {
            for (Register y : REGISTERS) {
                a.imulq(x, y);
                a.imull(x, y);
                a.imulq(x, y, imms[(x.ordinal() + y.ordinal()) % imms.length]);
                a.imull(x, y, imms[(x.ordinal() * 3 + y.ordinal()) % imms.length]);
            }
        }
        int i = 0;
        for (Address m : addresses) {
            a.imulq(reg(i), m);
            a.imull(reg(i + 1), m);
            a.imulq(reg(i + 2), m, imms[i % imms.length]);
            a.imull(reg(i + 3), m, imms[(i + 1) % imms.length]);
            i++;
        }
        a.cqo();
        a.cdq();
        a.cdqe();
        check(a);
    }

    @Test
    void shiftAndRotateFormsMatchGnuAsForEveryCount() {
        Assembler a = listed();
        List<RI> byImmediate64 = List.of(Assembler::shlq, Assembler::shrq, Assembler::sarq, Assembler::rolq, Assembler::rorq);
        List<RI> byImmediate32 = List.of(Assembler::shll, Assembler::shrl, Assembler::sarl, Assembler::roll, Assembler::rorl);
        List<R> byCl = List.of(Assembler::shlq, Assembler::shrq, Assembler::sarq, Assembler::rolq, Assembler::rorq,
                Assembler::shll, Assembler::shrl, Assembler::sarl, Assembler::roll, Assembler::rorl);
        for (Register x : REGISTERS) {
            for (int count = 0; count < 64; count++) {
                byImmediate64.get(count % 5).emit(a, x, count);
                if (count < 32) {
                    byImmediate32.get((count + x.ordinal()) % 5).emit(a, x, count);
                }
            }
            for (R form : byCl) {
                form.emit(a, x);
            }
        }
        check(a);
    }

    @Test
    void bitOperationsMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        List<RR> scansRegister = List.of(Assembler::lzcntq, Assembler::lzcntl, Assembler::tzcntq, Assembler::tzcntl,
                Assembler::popcntq, Assembler::popcntl, Assembler::bsfq, Assembler::bsfl, Assembler::bsrq, Assembler::bsrl,
                Assembler::btq, Assembler::btl);
        List<RM> scansMemory = List.of(Assembler::lzcntq, Assembler::lzcntl, Assembler::tzcntq, Assembler::tzcntl,
                Assembler::popcntq, Assembler::popcntl, Assembler::bsfq, Assembler::bsfl, Assembler::bsrq, Assembler::bsrl);
        for (RR form : scansRegister) {
            for (Register x : REGISTERS) {
                for (Register y : REGISTERS) {
                    form.emit(a, x, y);
                }
            }
        }
        int i = 0;
        for (Address m : addresses(data, 9)) {
            scansMemory.get(i % scansMemory.size()).emit(a, reg(i), m);
            i++;
        }
        for (Register x : REGISTERS) {
            a.bswapq(x);
            a.bswapl(x);
            for (int bit = 0; bit < 64; bit += 7) {
                a.btq(x, bit);
                a.btl(x, bit % 32);
            }
        }
        check(a);
    }
}
