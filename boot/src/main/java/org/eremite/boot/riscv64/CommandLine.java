package org.eremite.boot.riscv64;

import static org.eremite.jit.riscv64.asm.Register.A0;
import static org.eremite.jit.riscv64.asm.Register.A1;
import static org.eremite.jit.riscv64.asm.Register.S1;
import static org.eremite.jit.riscv64.asm.Register.S2;
import static org.eremite.jit.riscv64.asm.Register.T0;
import static org.eremite.jit.riscv64.asm.Register.T1;
import static org.eremite.jit.riscv64.asm.Register.T2;
import static org.eremite.jit.riscv64.asm.Register.T3;

import org.eremite.jit.riscv64.asm.MacroAssembler;
import org.eremite.jit.riscv64.asm.Register;
import org.eremite.vm.asm.Label;

/**
 * Finding words in the kernel command line, as the smoke image needs them. Words are separated by
 * spaces and tabs outside double quotes, and a backslash inside quotes escapes the next character, as
 * org.eremite.image.run.KernelCommandLine writes them; only unquoted words are matched.
 * <ul>
 *   <li>{@code cmdline_find(a0 = line, a1 = prefix)}: the address just after {@code prefix} in the first
 *       word that starts with it, or 0.</li>
 *   <li>{@code cmdline_word_is(a0 = position, a1 = text)}: 1 if the word goes on from {@code position}
 *       with exactly {@code text}, else 0.</li>
 *   <li>{@code cmdline_status(a0 = position)}: the decimal number 0..255 that ends the word there, or -1.</li>
 * </ul>
 */
final class CommandLine {
    static final String FIND = "cmdline_find";
    static final String WORD_IS = "cmdline_word_is";
    static final String STATUS = "cmdline_status";
    /** The largest exit status (an 8-bit process status). */
    static final int MAX_STATUS = 255;

    private CommandLine() {
    }

    static void emit(TextSection text) {
        emitFind(text);
        emitWordIs(text);
        emitStatus(text);
    }

    /** Branches to {@code target} if {@code c} ends a word: NUL, space or tab. Uses {@code scratch}. */
    private static void branchIfWordEnd(MacroAssembler a, Register c, Register scratch, Label target) {
        a.beqz(c, target);
        branchIfBlank(a, c, scratch, target);
    }

    private static void branchIfBlank(MacroAssembler a, Register c, Register scratch, Label target) {
        a.li(scratch, ' ');
        a.beq(c, scratch, target);
        a.li(scratch, '\t');
        a.beq(c, scratch, target);
    }

    /** s1 = cursor, s2 = prefix; t3 = inside quotes while a word is skipped. */
    private static void emitFind(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(FIND);
        TextSection.Frame frame = text.enter(0, S1, S2);
        Label blanks = new Label();
        Label nextBlank = new Label();
        Label word = new Label();
        Label compare = new Label();
        Label skipWord = new Label();
        Label skip = new Label();
        Label notQuote = new Label();
        Label advance = new Label();
        Label notFound = new Label();
        a.mv(S1, A0);
        a.mv(S2, A1);

        a.bind(blanks);
        a.lbu(T0, S1, 0);
        a.beqz(T0, notFound);
        branchIfBlank(a, T0, T1, nextBlank);
        a.j(word);
        a.bind(nextBlank);
        a.addi(S1, S1, 1);
        a.j(blanks);

        // A word starts at s1: does the prefix?
        a.bind(word);
        a.mv(T0, S1);
        a.mv(T1, S2);
        a.bind(compare);
        a.lbu(T2, T1, 0);
        Label found = new Label();
        a.beqz(T2, found);
        a.lbu(T3, T0, 0);
        a.bne(T2, T3, skipWord);
        a.addi(T0, T0, 1);
        a.addi(T1, T1, 1);
        a.j(compare);
        a.bind(found);
        a.mv(A0, T0);
        text.leave(frame);

        // Not this word: skip it, minding quotes.
        a.bind(skipWord);
        a.li(T3, 0);
        a.bind(skip);
        a.lbu(T0, S1, 0);
        a.beqz(T0, notFound);
        Label inWord = new Label();
        a.bnez(T3, inWord);
        branchIfBlank(a, T0, T1, blanks);
        a.bind(inWord);
        a.li(T1, '"');
        a.bne(T0, T1, notQuote);
        a.xori(T3, T3, 1);
        a.j(advance);
        a.bind(notQuote);
        a.beqz(T3, advance);
        a.li(T1, '\\');
        a.bne(T0, T1, advance);
        a.lbu(T0, S1, 1);
        a.beqz(T0, advance);
        a.addi(S1, S1, 1);
        a.bind(advance);
        a.addi(S1, S1, 1);
        a.j(skip);

        a.bind(notFound);
        a.li(A0, 0);
        text.leave(frame);
        text.end();
    }

    private static void emitWordIs(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(WORD_IS);
        Label loop = new Label();
        Label textEnds = new Label();
        Label yes = new Label();
        Label no = new Label();
        a.bind(loop);
        a.lbu(T1, A1, 0);
        a.beqz(T1, textEnds);
        a.lbu(T0, A0, 0);
        a.bne(T0, T1, no);
        a.addi(A0, A0, 1);
        a.addi(A1, A1, 1);
        a.j(loop);
        a.bind(textEnds);
        a.lbu(T0, A0, 0);
        branchIfWordEnd(a, T0, T1, yes);
        a.bind(no);
        a.li(A0, 0);
        a.ret();
        a.bind(yes);
        a.li(A0, 1);
        a.ret();
        text.end();
    }

    /** t0 = value, t1 = digit count. */
    private static void emitStatus(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(STATUS);
        Label loop = new Label();
        Label end = new Label();
        Label invalid = new Label();
        a.li(T0, 0);
        a.li(T1, 0);
        a.bind(loop);
        a.lbu(T2, A0, 0);
        branchIfWordEnd(a, T2, T3, end);
        a.addi(T2, T2, -'0');
        a.li(T3, 10);
        a.bgeu(T2, T3, invalid);
        a.mul(T0, T0, T3);
        a.add(T0, T0, T2);
        a.li(T3, MAX_STATUS);
        a.bgtu(T0, T3, invalid);
        a.addi(T1, T1, 1);
        a.addi(A0, A0, 1);
        a.j(loop);
        a.bind(end);
        a.beqz(T1, invalid);
        a.mv(A0, T0);
        a.ret();
        a.bind(invalid);
        a.li(A0, -1);
        a.ret();
        text.end();
    }
}
