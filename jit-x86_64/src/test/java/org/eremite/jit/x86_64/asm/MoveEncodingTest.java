package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.EncodingTestSupport.CONDITIONS;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.REGISTERS;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.addresses;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.check;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.immediates32;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.listed;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.reg;

import java.util.List;
import java.util.Random;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.RM;
import org.eremite.jit.x86_64.asm.EncodingTestSupport.RR;
import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;

class MoveEncodingTest {
    @Test
    void registerMovesMatchGnuAsForEveryRegisterPair() {
        Assembler a = listed();
        for (Register x : REGISTERS) {
            for (Register y : REGISTERS) {
                a.movq(x, y);
                a.movl(x, y);
            }
        }
        check(a);
    }

    @Test
    void loadsAndStoresOfEverySizeMatchGnuAsForEveryAddressingMode() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        int[] imms = immediates32(11);
        int[] words = {0, -1, 65535, -32768, 1234};
        int[] bytes = {0, -1, 255, -128, 77};
        int i = 0;
        for (Address m : addresses(data, 12)) {
            Register r = reg(i);
            a.movq(r, m);
            a.movq(m, reg(i + 1));
            a.movq(m, imms[i % imms.length]);
            a.movl(reg(i + 2), m);
            a.movl(m, reg(i + 3));
            a.movl(m, imms[(i + 1) % imms.length]);
            a.movw(m, reg(i + 4));
            a.movw(m, words[i % words.length]);
            a.movb(m, reg(i + 5));
            a.movb(m, bytes[i % bytes.length]);
            a.leaq(reg(i + 6), m);
            a.leal(reg(i + 7), m);
            i++;
        }
        // Byte stores from every register: spl, bpl, sil and dil need an empty REX.
        for (Register r : REGISTERS) {
            a.movb(Address.of(Register.RAX), r);
            a.movb(Address.of(r, 1), r);
        }
        check(a);
    }

    @Test
    void immediateMovesMatchGnuAs() {
        Assembler a = listed();
        Random random = new Random(13);
        long[] longs = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 0x8000_0000L, 0xFFFF_FFFFL, 0x1_0000_0000L,
            random.nextLong(), random.nextLong()};
        for (Register r : REGISTERS) {
            for (int imm : immediates32(14)) {
                a.movq(r, imm);
                a.movl(r, imm);
            }
            for (long imm : longs) {
                a.movabs(r, imm);
            }
        }
        check(a);
    }

    @Test
    void signAndZeroExtensionsMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        List<RR> registerForms = List.of(Assembler::movsxbl, Assembler::movsxbq, Assembler::movsxwl, Assembler::movsxwq,
                Assembler::movsxd, Assembler::movzxbl, Assembler::movzxbq, Assembler::movzxwl, Assembler::movzxwq);
        List<RM> memoryForms = List.of(Assembler::movsxbl, Assembler::movsxbq, Assembler::movsxwl, Assembler::movsxwq,
                Assembler::movsxd, Assembler::movzxbl, Assembler::movzxbq, Assembler::movzxwl, Assembler::movzxwq);
        for (RR form : registerForms) {
            for (Register x : REGISTERS) {
                for (Register y : REGISTERS) {
                    form.emit(a, x, y);
                }
            }
        }
        int i = 0;
        for (Address m : addresses(data, 15)) {
            for (RM form : memoryForms) {
                form.emit(a, reg(i++), m);
            }
        }
        check(a);
    }

    @Test
    void xchgSetccAndCmovMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        for (Register x : REGISTERS) {
            for (Register y : REGISTERS) {
                a.xchgq(x, y);
                a.xchgl(x, y);
            }
        }
        List<Address> addresses = addresses(data, 16);
        int i = 0;
        for (Address m : addresses) {
            a.xchgq(reg(i), m);
            a.xchgl(reg(i + 1), m);
            a.setcc(CONDITIONS[i % 16], m);
            a.cmovq(CONDITIONS[(i + 3) % 16], reg(i + 2), m);
            a.cmovl(CONDITIONS[(i + 5) % 16], reg(i + 3), m);
            i++;
        }
        for (Condition cc : CONDITIONS) {
            for (Register x : REGISTERS) {
                a.setcc(cc, x);
                a.cmovq(cc, x, reg(x.ordinal() + cc.ordinal()));
                a.cmovl(cc, reg(x.ordinal() * 5 + cc.ordinal()), x);
            }
        }
        check(a);
    }

    @Test
    void pushAndPopMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        for (Register r : REGISTERS) {
            a.push(r);
            a.pop(r);
        }
        for (int imm : immediates32(17)) {
            a.push(imm);
        }
        for (Address m : addresses(data, 18)) {
            a.push(m);
            a.pop(m);
        }
        a.pushf();
        a.popf();
        check(a);
    }
}
