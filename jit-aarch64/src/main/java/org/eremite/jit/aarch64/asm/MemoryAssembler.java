package org.eremite.jit.aarch64.asm;

import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Operands;

/**
 * Loads and stores (ARM ARM C4.1.88 "Loads and Stores"): single registers of every size in all
 * addressing modes, pairs, PC-relative literals, and the exclusive, acquire/release and LSE atomic
 * instructions.
 *
 * <p>{@code ldr}/{@code str} with an {@link Address.Mode#OFFSET} address use the scaled unsigned 12-bit
 * form when the offset is a multiple of the access size in range, and otherwise the unscaled signed
 * 9-bit form ({@code ldur}), as GNU as does; the listing then says {@code ldur}. The explicit
 * {@code ldur} family always uses the unscaled form.
 */
public abstract class MemoryAssembler extends IntegerAssembler {
    // opc values of the load/store register encodings (C4.1.88).
    private static final int STORE = 0;
    private static final int LOAD = 1;
    private static final int LOAD_SIGNED_64 = 2;
    private static final int LOAD_SIGNED_32 = 3;

    MemoryAssembler() {
    }

    // ---- general-purpose registers

    /** {@code ldr wt|xt, address}: a 32- or 64-bit load. */
    public void ldr(int size, Register rt, Address address) {
        gprAccess("ldr", size, sizeLog2("ldr", size), LOAD, rt, address, false);
    }

    public void str(int size, Register rt, Address address) {
        gprAccess("str", size, sizeLog2("str", size), STORE, rt, address, false);
    }

    /** {@code ldrb wt, address}: zero-extending byte load. */
    public void ldrb(Register rt, Address address) {
        gprAccess("ldrb", 32, 0, LOAD, rt, address, false);
    }

    public void ldrh(Register rt, Address address) {
        gprAccess("ldrh", 32, 1, LOAD, rt, address, false);
    }

    public void strb(Register rt, Address address) {
        gprAccess("strb", 32, 0, STORE, rt, address, false);
    }

    public void strh(Register rt, Address address) {
        gprAccess("strh", 32, 1, STORE, rt, address, false);
    }

    /** {@code ldrsb wt|xt, address}: sign-extending byte load into a 32- or 64-bit register. */
    public void ldrsb(int size, Register rt, Address address) {
        gprAccess("ldrsb", size, 0, signedLoad("ldrsb", size), rt, address, false);
    }

    public void ldrsh(int size, Register rt, Address address) {
        gprAccess("ldrsh", size, 1, signedLoad("ldrsh", size), rt, address, false);
    }

    public void ldrsw(Register rt, Address address) {
        gprAccess("ldrsw", 64, 2, LOAD_SIGNED_64, rt, address, false);
    }

    /** {@code ldur wt|xt, [base, #simm9]}: the unscaled form, offset in [-256, 255]. */
    public void ldur(int size, Register rt, Address address) {
        gprAccess("ldur", size, sizeLog2("ldur", size), LOAD, rt, address, true);
    }

    public void stur(int size, Register rt, Address address) {
        gprAccess("stur", size, sizeLog2("stur", size), STORE, rt, address, true);
    }

    public void ldurb(Register rt, Address address) {
        gprAccess("ldurb", 32, 0, LOAD, rt, address, true);
    }

    public void ldurh(Register rt, Address address) {
        gprAccess("ldurh", 32, 1, LOAD, rt, address, true);
    }

    public void sturb(Register rt, Address address) {
        gprAccess("sturb", 32, 0, STORE, rt, address, true);
    }

    public void sturh(Register rt, Address address) {
        gprAccess("sturh", 32, 1, STORE, rt, address, true);
    }

    public void ldursb(int size, Register rt, Address address) {
        gprAccess("ldursb", size, 0, signedLoad("ldursb", size), rt, address, true);
    }

    public void ldursh(int size, Register rt, Address address) {
        gprAccess("ldursh", size, 1, signedLoad("ldursh", size), rt, address, true);
    }

    public void ldursw(Register rt, Address address) {
        gprAccess("ldursw", 64, 2, LOAD_SIGNED_64, rt, address, true);
    }

    private static int sizeLog2(String insn, int size) {
        return 2 + sf(insn, size);
    }

    private static int signedLoad(String insn, int size) {
        return sf(insn, size) == 1 ? LOAD_SIGNED_64 : LOAD_SIGNED_32;
    }

    private void gprAccess(String insn, int size, int scaleLog2, int opc, Register rt, Address address, boolean unscaled) {
        int t = zr(insn, "rt", rt);
        checkWriteback(insn, address, rt);
        access(insn, scaleLog2, 0, opc, t, rt, null, size, address, unscaled);
    }

    private static void checkWriteback(String insn, Address address, Register rt) {
        boolean writeback = address.mode() == Address.Mode.PRE_INDEX || address.mode() == Address.Mode.POST_INDEX;
        if (writeback && address.base() == rt && rt != Register.SP) {
            throw Operands.invalid(insn, "rt", rt.asmName(64), "is also the written-back base register (unpredictable)");
        }
    }

    /** The listing name of whichever register is given. */
    private static String registerName(Register gpr, FloatRegister fpr, int size) {
        return gpr != null ? gpr.asmName(size) : fpr.asmName(size);
    }

    // ---- SIMD and FP registers

    /** {@code ldr bt|ht|st|dt|qt, address}: size 8, 16, 32, 64 or 128. */
    public void ldr(int size, FloatRegister rt, Address address) {
        fpAccess("ldr", size, true, rt, address, false);
    }

    public void str(int size, FloatRegister rt, Address address) {
        fpAccess("str", size, false, rt, address, false);
    }

    public void ldur(int size, FloatRegister rt, Address address) {
        fpAccess("ldur", size, true, rt, address, true);
    }

    public void stur(int size, FloatRegister rt, Address address) {
        fpAccess("stur", size, false, rt, address, true);
    }

    private void fpAccess(String insn, int size, boolean load, FloatRegister rt, Address address, boolean unscaled) {
        int scaleLog2 = fpSizeLog2(insn, size);
        // The 128-bit form reuses size 00 with opc bit 1 set (C4.1.88, "size:opc" table).
        int opc = (load ? LOAD : STORE) | (scaleLog2 == 4 ? 2 : 0);
        access(insn, scaleLog2, 1, opc, rt.encoding(), null, rt, size, address, unscaled);
    }

    private static int fpSizeLog2(String insn, int size) {
        switch (size) {
            case 8: return 0;
            case 16: return 1;
            case 32: return 2;
            case 64: return 3;
            case 128: return 4;
            default: throw Operands.invalid(insn, "size", size, "is not 8, 16, 32, 64 or 128");
        }
    }

    /** Encodes a single-register load or store; {@code scaleLog2} is log2 of the access size in bytes. */
    private void access(String insn, int scaleLog2, int v, int opc, int t, Register gpr, FloatRegister fpr, int size,
                        Address address, boolean unscaled) {
        int n = sp(insn, "base", address.base());
        int base = (scaleLog2 & 3) << 30 | v << 26 | opc << 22 | n << 5 | t;
        long offset = address.offset();
        boolean listAsUnscaled = false;
        int word;
        switch (address.mode()) {
            case OFFSET:
                long scaled = offset >> scaleLog2;
                if (!unscaled && offset >= 0 && (offset & ((1 << scaleLog2) - 1)) == 0 && scaled < 4096) {
                    word = 0x39000000 | base | (int) scaled << 10;
                } else if (Operands.fitsSigned(offset, 9)) {
                    word = 0x38000000 | base | ((int) offset & 0x1FF) << 12;
                    listAsUnscaled = !unscaled;
                } else if (unscaled) {
                    throw Operands.invalid(insn, "offset", offset, "is out of range [-256, 255]");
                } else {
                    throw Operands.invalid(insn, "offset", offset, "is neither a multiple of " + (1 << scaleLog2)
                            + " in [0, " + (4095L << scaleLog2) + "] nor in [-256, 255]");
                }
                break;
            case PRE_INDEX:
            case POST_INDEX:
                if (unscaled) {
                    throw Operands.invalid(insn, "address", address, "is not a [base, #offset] address");
                }
                Operands.signed(insn, "offset", offset, 9);
                word = (address.mode() == Address.Mode.PRE_INDEX ? 0x38000C00 : 0x38000400) | base
                        | ((int) offset & 0x1FF) << 12;
                break;
            default:
                if (unscaled) {
                    throw Operands.invalid(insn, "address", address, "is not a [base, #offset] address");
                }
                int m = zr(insn, "index", address.index());
                int shift = address.shift();
                if (shift != 0 && shift != scaleLog2) {
                    throw Operands.invalid(insn, "index shift", shift, "is not 0 or " + scaleLog2);
                }
                int s = shift != 0 ? 1 : 0;
                word = 0x38200800 | base | m << 16 | address.extend().encoding() << 13 | s << 12;
                break;
        }
        int start = emit(word);
        if (listing() != null) {
            String mnemonic = listAsUnscaled ? insn.replaceFirst("^(ld|st)r", "$1ur") : insn;
            list(start, mnemonic + " " + registerName(gpr, fpr, size) + ", " + address);
        }
    }

    // ---- PC-relative literal loads (C6.2.167 LDR (literal)): +-1 MiB

    public void ldr(int size, Register rt, Label literal) {
        literal("ldr", sf("ldr", size), 0, zr("ldr", "rt", rt), rt, null, size, literal);
    }

    public void ldrsw(Register rt, Label literal) {
        literal("ldrsw", 2, 0, zr("ldrsw", "rt", rt), rt, null, 64, literal);
    }

    /** {@code ldr st|dt|qt, label}: size 32, 64 or 128. */
    public void ldr(int size, FloatRegister rt, Label literal) {
        int log2 = fpSizeLog2("ldr", size);
        if (log2 < 2) {
            throw Operands.invalid("ldr", "size", size, "is not 32, 64 or 128 for a literal load");
        }
        literal("ldr", log2 - 2, 1, rt.encoding(), null, rt, size, literal);
    }

    private void literal(String insn, int opc, int v, int t, Register gpr, FloatRegister fpr, int size, Label literal) {
        int start = emit(0x18000000 | opc << 30 | v << 26 | t);
        useLabel(literal, start, LabelUse.LDR_LITERAL.kind());
        if (listing() != null) {
            list(start, insn + " " + registerName(gpr, fpr, size) + ", " + nameOf(literal));
        }
    }

    // ---- pairs (C6.2.130 LDP): imm7 scaled by the register size

    public void ldp(int size, Register rt1, Register rt2, Address address) {
        gprPair("ldp", size, sf("ldp", size) << 1, 1, rt1, rt2, address);
    }

    public void stp(int size, Register rt1, Register rt2, Address address) {
        gprPair("stp", size, sf("stp", size) << 1, 0, rt1, rt2, address);
    }

    /** {@code ldpsw xt1, xt2, address}: two sign-extended words. */
    public void ldpsw(Register rt1, Register rt2, Address address) {
        gprPair("ldpsw", 64, 1, 1, rt1, rt2, address);
    }

    private void gprPair(String insn, int size, int opc, int load, Register rt1, Register rt2, Address address) {
        int t1 = zr(insn, "rt1", rt1);
        int t2 = zr(insn, "rt2", rt2);
        if (load == 1 && rt1 == rt2) {
            throw Operands.invalid(insn, "rt2", rt2.asmName(size), "is the same register as rt1 (unpredictable)");
        }
        checkWriteback(insn, address, rt1);
        checkWriteback(insn, address, rt2);
        int scaleLog2 = opc == 1 ? 2 : size == 64 ? 3 : 2;
        pair(insn, opc, 0, load, scaleLog2, t1, t2, rt1, rt2, null, null, size, address);
    }

    /** {@code ldp st1|dt1|qt1, st2|dt2|qt2, address}: size 32, 64 or 128. */
    public void ldp(int size, FloatRegister rt1, FloatRegister rt2, Address address) {
        fpPair("ldp", size, 1, rt1, rt2, address);
    }

    public void stp(int size, FloatRegister rt1, FloatRegister rt2, Address address) {
        fpPair("stp", size, 0, rt1, rt2, address);
    }

    private void fpPair(String insn, int size, int load, FloatRegister rt1, FloatRegister rt2, Address address) {
        int log2 = fpSizeLog2(insn, size);
        if (log2 < 2) {
            throw Operands.invalid(insn, "size", size, "is not 32, 64 or 128 for a pair");
        }
        if (load == 1 && rt1 == rt2) {
            throw Operands.invalid(insn, "rt2", rt2.asmName(size), "is the same register as rt1 (unpredictable)");
        }
        pair(insn, log2 - 2, 1, load, log2, rt1.encoding(), rt2.encoding(), null, null, rt1, rt2, size, address);
    }

    private void pair(String insn, int opc, int v, int load, int scaleLog2, int t1, int t2, Register gpr1, Register gpr2,
                      FloatRegister fpr1, FloatRegister fpr2, int size, Address address) {
        int n = sp(insn, "base", address.base());
        int type;
        switch (address.mode()) {
            case OFFSET: type = 0b10; break;
            case PRE_INDEX: type = 0b11; break;
            case POST_INDEX: type = 0b01; break;
            default: throw Operands.invalid(insn, "address", address, "is not an immediate-offset address");
        }
        long offset = address.offset();
        Operands.aligned(insn, "offset", offset, 1 << scaleLog2);
        long imm7 = Operands.range(insn, "offset", offset, -64L << scaleLog2, 63L << scaleLog2) >> scaleLog2;
        int start = emit(0x28000000 | opc << 30 | v << 26 | type << 23 | load << 22 | ((int) imm7 & 0x7F) << 15
                | t2 << 10 | n << 5 | t1);
        if (listing() != null) {
            list(start, insn + " " + registerName(gpr1, fpr1, size) + ", " + registerName(gpr2, fpr2, size) + ", " + address);
        }
    }

    // ---- exclusives and acquire/release (C4.1.88 "Load/store exclusive", "Load-acquire/store-release")

    /** {@code ldxr wt|xt, [base]}. */
    public void ldxr(int size, Register rt, Register base) {
        exclusive("ldxr", wordSize("ldxr", size), 0, 1, 0, Register.ZR, rt, base);
    }

    public void ldaxr(int size, Register rt, Register base) {
        exclusive("ldaxr", wordSize("ldaxr", size), 0, 1, 1, Register.ZR, rt, base);
    }

    /** {@code stxr ws, wt|xt, [base]}: ws = 0 if the store succeeded, 1 if not. */
    public void stxr(int size, Register status, Register rt, Register base) {
        exclusive("stxr", wordSize("stxr", size), 0, 0, 0, status, rt, base);
    }

    public void stlxr(int size, Register status, Register rt, Register base) {
        exclusive("stlxr", wordSize("stlxr", size), 0, 0, 1, status, rt, base);
    }

    /** {@code ldar wt|xt, [base]}: load-acquire (Java volatile read). */
    public void ldar(int size, Register rt, Register base) {
        exclusive("ldar", wordSize("ldar", size), 1, 1, 1, Register.ZR, rt, base);
    }

    /** {@code stlr wt|xt, [base]}: store-release (Java volatile write). */
    public void stlr(int size, Register rt, Register base) {
        exclusive("stlr", wordSize("stlr", size), 1, 0, 1, Register.ZR, rt, base);
    }

    public void ldarb(Register rt, Register base) {
        exclusive("ldarb", 8, 1, 1, 1, Register.ZR, rt, base);
    }

    public void ldarh(Register rt, Register base) {
        exclusive("ldarh", 16, 1, 1, 1, Register.ZR, rt, base);
    }

    public void stlrb(Register rt, Register base) {
        exclusive("stlrb", 8, 1, 0, 1, Register.ZR, rt, base);
    }

    public void stlrh(Register rt, Register base) {
        exclusive("stlrh", 16, 1, 0, 1, Register.ZR, rt, base);
    }

    private void exclusive(String insn, int size, int o2, int load, int o0, Register status, Register rt, Register base) {
        int sizeField = accessSizeField(insn, size);
        int t = zr(insn, "rt", rt);
        int n = sp(insn, "base", base);
        int s = zr(insn, "status", status);
        boolean storeExclusive = load == 0 && o2 == 0;
        if (storeExclusive && (status == rt || status == base)) {
            throw Operands.invalid(insn, "status", status.asmName(32), "is also the data or base register (unpredictable)");
        }
        int start = emit(0x08000000 | sizeField << 30 | o2 << 23 | load << 22 | s << 16 | o0 << 15 | 31 << 10 | n << 5 | t);
        if (listing() != null) {
            String data = rt.asmName(size == 64 ? 64 : 32) + ", [" + base.asmName(64) + "]";
            list(start, insn + " " + (storeExclusive ? status.asmName(32) + ", " : "") + data);
        }
    }

    private static int wordSize(String insn, int size) {
        sf(insn, size);
        return size;
    }

    /** The size field of the exclusive and atomic encodings: log2 of the access size in bytes. */
    private static int accessSizeField(String insn, int size) {
        switch (size) {
            case 8: return 0;
            case 16: return 1;
            case 32: return 2;
            case 64: return 3;
            default: throw Operands.invalid(insn, "size", size, "is not 32 or 64");
        }
    }

    // ---- LSE compare-and-swap (C6.2.50 CAS): rs = compare value, receives the old value; rt = new value

    public void cas(int size, Register rs, Register rt, Register base) {
        compareAndSwap("cas", size, 0, 0, rs, rt, base);
    }

    public void casa(int size, Register rs, Register rt, Register base) {
        compareAndSwap("casa", size, 1, 0, rs, rt, base);
    }

    public void casl(int size, Register rs, Register rt, Register base) {
        compareAndSwap("casl", size, 0, 1, rs, rt, base);
    }

    public void casal(int size, Register rs, Register rt, Register base) {
        compareAndSwap("casal", size, 1, 1, rs, rt, base);
    }

    private void compareAndSwap(String insn, int size, int acquire, int release, Register rs, Register rt, Register base) {
        int sizeField = 2 + sf(insn, size);
        int word = 0x08A07C00 | sizeField << 30 | acquire << 22 | zr(insn, "rs", rs) << 16 | release << 15
                | sp(insn, "base", base) << 5 | zr(insn, "rt", rt);
        int start = emit(word);
        if (listing() != null) {
            list(start, insn + " " + rs.asmName(size) + ", " + rt.asmName(size) + ", [" + base.asmName(64) + "]");
        }
    }

    // ---- LSE atomic memory operations (C6.2.104 LDADD and siblings): rt = old value, memory op= rs

    public void ldadd(int size, Register rs, Register rt, Register base) {
        atomic("ldadd", size, 0, 0, 0, 0b000, rs, rt, base);
    }

    public void ldadda(int size, Register rs, Register rt, Register base) {
        atomic("ldadda", size, 1, 0, 0, 0b000, rs, rt, base);
    }

    public void ldaddl(int size, Register rs, Register rt, Register base) {
        atomic("ldaddl", size, 0, 1, 0, 0b000, rs, rt, base);
    }

    public void ldaddal(int size, Register rs, Register rt, Register base) {
        atomic("ldaddal", size, 1, 1, 0, 0b000, rs, rt, base);
    }

    /** {@code ldclr}: memory &= ~rs. */
    public void ldclr(int size, Register rs, Register rt, Register base) {
        atomic("ldclr", size, 0, 0, 0, 0b001, rs, rt, base);
    }

    public void ldclral(int size, Register rs, Register rt, Register base) {
        atomic("ldclral", size, 1, 1, 0, 0b001, rs, rt, base);
    }

    public void ldeor(int size, Register rs, Register rt, Register base) {
        atomic("ldeor", size, 0, 0, 0, 0b010, rs, rt, base);
    }

    public void ldeoral(int size, Register rs, Register rt, Register base) {
        atomic("ldeoral", size, 1, 1, 0, 0b010, rs, rt, base);
    }

    /** {@code ldset}: memory |= rs. */
    public void ldset(int size, Register rs, Register rt, Register base) {
        atomic("ldset", size, 0, 0, 0, 0b011, rs, rt, base);
    }

    public void ldsetal(int size, Register rs, Register rt, Register base) {
        atomic("ldsetal", size, 1, 1, 0, 0b011, rs, rt, base);
    }

    /** {@code swp rs, rt, [base]}: rt = old value, memory = rs. */
    public void swp(int size, Register rs, Register rt, Register base) {
        atomic("swp", size, 0, 0, 1, 0b000, rs, rt, base);
    }

    public void swpa(int size, Register rs, Register rt, Register base) {
        atomic("swpa", size, 1, 0, 1, 0b000, rs, rt, base);
    }

    public void swpl(int size, Register rs, Register rt, Register base) {
        atomic("swpl", size, 0, 1, 1, 0b000, rs, rt, base);
    }

    public void swpal(int size, Register rs, Register rt, Register base) {
        atomic("swpal", size, 1, 1, 1, 0b000, rs, rt, base);
    }

    private void atomic(String insn, int size, int acquire, int release, int o3, int opc, Register rs, Register rt, Register base) {
        int sizeField = 2 + sf(insn, size);
        int word = 0x38200000 | sizeField << 30 | acquire << 23 | release << 22 | zr(insn, "rs", rs) << 16 | o3 << 15
                | opc << 12 | sp(insn, "base", base) << 5 | zr(insn, "rt", rt);
        int start = emit(word);
        if (listing() != null) {
            list(start, insn + " " + rs.asmName(size) + ", " + rt.asmName(size) + ", [" + base.asmName(64) + "]");
        }
    }
}
