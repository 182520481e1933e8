package org.eremite.jit.x86_64.asm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eremite.vm.asm.AbstractAssembler;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Operands;

/**
 * The instruction format of SDM vol. 2, chapter 2, written once: legacy prefix, REX, opcode, ModRM,
 * SIB, displacement and immediate, plus label patching and the listing's operand text. The instruction
 * classes above it only choose opcodes and operands.
 *
 * <p>The encoder works in 64-bit mode unless {@link #setMode32} switched it to 32-bit protected mode
 * (for the boot stub's first instructions); there, anything that needs a REX prefix or RIP-relative
 * addressing is refused with an {@link IllegalArgumentException}.
 */
abstract class X86Encoder extends AbstractAssembler {
    /** Label use: an 8-bit displacement at the site, relative to the byte after it. */
    static final int USE_REL8 = 0;
    /**
     * Label use: a 32-bit displacement at the site; {@code USE_REL32 + n} means that n immediate bytes
     * follow it, so the instruction (which the displacement is relative to) ends 4 + n bytes after the site.
     */
    static final int USE_REL32 = 1;

    static final int PREFIX_OPERAND_SIZE = 0x66;
    static final int PREFIX_REP = 0xF3;
    static final int PREFIX_REPNE = 0xF2;

    /** Names of the labels of pending short branches, for the error if they end up out of reach. */
    private final Map<Integer, String> pendingShortUses = new HashMap<>();
    private boolean mode32;

    X86Encoder() {
    }

    @Override
    protected List<String> listingPreamble() {
        return List.of(".intel_syntax noprefix");
    }

    final boolean mode32() {
        return mode32;
    }

    final void setMode32(boolean mode32) {
        this.mode32 = mode32;
    }

    final void requireMode64(String insn) {
        if (mode32) {
            throw new IllegalArgumentException(insn + ": not encodable in 32-bit mode");
        }
    }

    // ---------------------------------------------------------------- prefixes, REX, opcode

    private void emitPrefixRexOpcode(String insn, int prefix, boolean w, int r, int x, int b, boolean forceRex, int opcode) {
        // SDM vol. 2, 2.2.1.2: REX = 0100WRXB, bit 3 of the ModRM.reg, SIB.index and ModRM.rm/SIB.base numbers.
        int rex = (w ? 8 : 0) | (r & 8) >> 1 | (x & 8) >> 2 | (b & 8) >> 3;
        boolean emitRex = rex != 0 || forceRex;
        if (emitRex && mode32) {
            throw new IllegalArgumentException(insn + ": " + (w ? "64-bit operand size (REX.W)"
                    : "register r8-r15, xmm8-xmm15, spl/bpl/sil/dil or cr8 (REX)") + " is not available in 32-bit mode");
        }
        if (prefix != 0) {
            code.emit8(prefix);
        }
        if (emitRex) {
            code.emit8(0x40 | rex);
        }
        emitOpcode(opcode);
    }

    /** Emits a 1-, 2- or 3-byte opcode, written as one int (0x05, 0x0FAF, 0x0F3A0B). */
    final void emitOpcode(int opcode) {
        if (opcode > 0xFFFF) {
            code.emit8(opcode >>> 16);
        }
        if (opcode > 0xFF) {
            code.emit8(opcode >>> 8 & 0xFF);
        }
        code.emit8(opcode & 0xFF);
    }

    /** spl, bpl, sil and dil exist only with a REX prefix; without one, 4..7 mean ah, ch, dh, bh. */
    private static boolean needsRexAsByte(int register) {
        return register >= 4 && register <= 7;
    }

    /** An instruction without ModRM: prefix, REX.W if {@code w}, opcode. */
    final void emitOp(String insn, int prefix, boolean w, int opcode) {
        emitPrefixRexOpcode(insn, prefix, w, 0, 0, 0, false, opcode);
    }

    /** An instruction whose opcode's low 3 bits name a register (B8+r, 50+r, C8+r, 90+r), REX.B the fourth. */
    final void emitOpReg(String insn, int prefix, boolean w, int opcode, int register, boolean byteRegister) {
        emitPrefixRexOpcode(insn, prefix, w, 0, 0, register, byteRegister && needsRexAsByte(register),
                opcode + (register & 7));
    }

    /** An instruction with a register-direct ModRM (mod = 11): {@code reg} and {@code rm} are 0..15. */
    final void emitRR(String insn, int prefix, boolean w, int opcode, int reg, boolean regIsByte, int rm, boolean rmIsByte) {
        boolean forceRex = (regIsByte && needsRexAsByte(reg)) || (rmIsByte && needsRexAsByte(rm));
        emitPrefixRexOpcode(insn, prefix, w, reg, 0, rm, forceRex, opcode);
        code.emit8(0xC0 | (reg & 7) << 3 | (rm & 7));
    }

    /**
     * An instruction with a memory ModRM; {@code immediateBytes} is the size of the immediate the
     * caller emits next, which a RIP-relative displacement must account for.
     */
    final void emitRM(String insn, int prefix, boolean w, int opcode, int reg, boolean regIsByte, Address a, int immediateBytes) {
        Objects.requireNonNull(a, "address");
        if (a.isRipRelative()) {
            requireMode64(insn + " with a RIP-relative address");
        }
        int x = a.index() == null ? 0 : a.index().encoding();
        int b = a.base() == null ? 0 : a.base().encoding();
        emitPrefixRexOpcode(insn, prefix, w, reg, x, b, regIsByte && needsRexAsByte(reg), opcode);
        emitAddress(reg & 7, a, immediateBytes);
    }

    /** ModRM, SIB and displacement (SDM vol. 2, 2.1.5, Tables 2-2 and 2-3; 2.2.1 for 64-bit mode). */
    private void emitAddress(int reg, Address a, int immediateBytes) {
        int disp = a.displacement();
        if (a.isRipRelative()) {
            code.emit8(reg << 3 | 0b101);
            int site = position();
            code.emit32(0);
            if (a.label() != null) {
                useLabel(a.label(), site, USE_REL32 + immediateBytes);
            } else {
                // The CPU adds the displacement to the address of the next instruction, the psABI
                // formula subtracts the address of the field: the difference is the addend's bias.
                addRelocation(site, RelocationType.R_X86_64_PC32, a.symbol(), (long) disp - 4 - immediateBytes);
            }
            return;
        }
        Register base = a.base();
        Register index = a.index();
        if (base == null) {
            if (index == null && mode32) {
                code.emit8(reg << 3 | 0b101); // mod=00 rm=101 is disp32 in 32-bit mode, RIP-relative in 64-bit
            } else {
                code.emit8(reg << 3 | 0b100);
                code.emit8(index == null ? 0b00_100_101 : a.scale().log2() << 6 | (index.encoding() & 7) << 3 | 0b101);
            }
            emitDisplacement32(a);
            return;
        }
        int baseLow = base.encoding() & 7;
        // rbp and r13 as base with mod=00 would mean "no base, disp32": they always take a displacement.
        // A symbol's value is only known to fit 32 bits, so it always takes disp32.
        int mod = a.hasAbsoluteSymbol() ? 0b10
                : disp == 0 && baseLow != 0b101 ? 0b00 : Operands.fitsSigned(disp, 8) ? 0b01 : 0b10;
        if (index == null && baseLow != 0b100) {
            code.emit8(mod << 6 | reg << 3 | baseLow);
        } else {
            // rsp and r12 as base need a SIB byte, since rm=100 announces one.
            code.emit8(mod << 6 | reg << 3 | 0b100);
            int indexLow = index == null ? 0b100 : index.encoding() & 7;
            code.emit8(a.scale().log2() << 6 | indexLow << 3 | baseLow);
        }
        if (mod == 0b01) {
            code.emit8(disp);
        } else if (mod == 0b10) {
            emitDisplacement32(a);
        }
    }

    /** The 32-bit displacement of {@code a}, or a placeholder and a relocation for its symbol. */
    final void emitDisplacement32(Address a) {
        if (a.hasAbsoluteSymbol()) {
            addRelocation(position(), absoluteKind(), a.symbol(), a.displacement());
            code.emit32(0);
        } else {
            code.emit32(a.displacement());
        }
    }

    /** How an absolute 32-bit address is relocated: sign-extended in 64-bit mode, zero-extended in 32-bit mode. */
    final RelocationType absoluteKind() {
        return mode32 ? RelocationType.R_X86_64_32 : RelocationType.R_X86_64_32S;
    }

    /** Emits an immediate of the operand size (imm64 only through {@code movabs}). */
    final void emitImmediate(OperandSize size, int value) {
        switch (size) {
            case BYTE:
                code.emit8(value);
                break;
            case WORD:
                code.emit16(value);
                break;
            default:
                code.emit32(value);
                break;
        }
    }

    /** The immediate's size: 2 bytes for 16-bit operations, otherwise at most 4 (sign-extended in 64-bit ones). */
    static int immediateBytes(OperandSize size) {
        return size == OperandSize.QWORD ? 4 : size.bytes();
    }

    /**
     * Checks an immediate against the operand size and returns it as the signed value the CPU sees:
     * 8- and 16-bit operations take signed or unsigned values of their width.
     */
    static int immediate(String insn, OperandSize size, int value) {
        switch (size) {
            case BYTE:
                Operands.range(insn, "immediate", value, -128, 255);
                return (byte) value;
            case WORD:
                Operands.range(insn, "immediate", value, -32768, 65535);
                return (short) value;
            default:
                return value;
        }
    }

    static int prefix(OperandSize size) {
        return size == OperandSize.WORD ? PREFIX_OPERAND_SIZE : 0;
    }

    static boolean rexW(OperandSize size) {
        return size == OperandSize.QWORD;
    }

    // ---------------------------------------------------------------- labels

    /**
     * Before a short branch with opcode {@code opcode} is emitted at {@code start}: fails if its label
     * is bound and out of rel8 reach, so that nothing is emitted.
     */
    final void requireShortReach(int opcode, Label label, int start) {
        if (label.isBound()) {
            checkRel8(opcode, nameOf(label), start + 1, label.position());
        }
    }

    /** Records a use of {@code label} by the short branch whose displacement byte is at {@code site}. */
    final void useLabelRel8(Label label, int site) {
        if (!label.isBound()) {
            pendingShortUses.put(site, nameOf(label));
        }
        useLabel(label, site, USE_REL8);
    }

    private static void checkRel8(int opcode, String label, int site, int target) {
        int disp = target - (site + 1);
        if (!Operands.fitsSigned(disp, 8)) {
            String insn = opcode == 0xEB ? "jmp" : "j" + Condition.values()[opcode & 0xF].suffix();
            throw new IllegalArgumentException(insn + ": label " + label + " at 0x" + Integer.toHexString(target)
                    + " is " + disp + " bytes from the end of the branch at 0x" + Integer.toHexString(site - 1)
                    + ", out of rel8 range [-128, 127]");
        }
    }

    @Override
    protected final void patchLabelUse(int site, int kind, int target) {
        if (kind == USE_REL8) {
            String name = pendingShortUses.remove(site);
            if (name != null) {
                checkRel8(code.read8(site - 1), name, site, target);
            }
            code.patch8(site, target - (site + 1));
        } else {
            int end = site + 4 + (kind - USE_REL32);
            code.patch32(site, target - end);
        }
    }

    // ---------------------------------------------------------------- listing text

    /** A register at an operand size. */
    static String r(Register register, OperandSize size) {
        return register.name(size);
    }

    /** A memory operand with its size, {@code QWORD PTR [rax+8]}. */
    final String mem(OperandSize size, Address a) {
        return size.pointerPrefix() + " " + addr(a);
    }

    /** A memory operand without a size, {@code [rax+8]}. */
    final String addr(Address a) {
        return a.format(addressSize(), a.label() == null ? null : nameOf(a.label()));
    }

    /** The width of pointer registers: 64-bit, or 32-bit in 32-bit mode. */
    final OperandSize addressSize() {
        return mode32 ? OperandSize.DWORD : OperandSize.QWORD;
    }

    /** An addend as it follows a symbol in the listing: empty, {@code +8} or {@code -8}. */
    static String signed(long addend) {
        return addend == 0 ? "" : addend > 0 ? "+" + addend : Long.toString(addend);
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
