package org.eremite.boot.riscv64;

import static org.eremite.jit.riscv64.asm.Register.A0;
import static org.eremite.jit.riscv64.asm.Register.A1;
import static org.eremite.jit.riscv64.asm.Register.A2;
import static org.eremite.jit.riscv64.asm.Register.A3;
import static org.eremite.jit.riscv64.asm.Register.A4;
import static org.eremite.jit.riscv64.asm.Register.A5;
import static org.eremite.jit.riscv64.asm.Register.S1;
import static org.eremite.jit.riscv64.asm.Register.S2;
import static org.eremite.jit.riscv64.asm.Register.S3;
import static org.eremite.jit.riscv64.asm.Register.S4;
import static org.eremite.jit.riscv64.asm.Register.S5;
import static org.eremite.jit.riscv64.asm.Register.S6;
import static org.eremite.jit.riscv64.asm.Register.SP;
import static org.eremite.jit.riscv64.asm.Register.T0;
import static org.eremite.jit.riscv64.asm.Register.T1;
import static org.eremite.jit.riscv64.asm.Register.T2;
import static org.eremite.jit.riscv64.asm.Register.ZERO;

import org.eremite.jit.riscv64.asm.MacroAssembler;
import org.eremite.jit.riscv64.asm.Register;
import org.eremite.vm.asm.Label;

/**
 * The boot info on riscv64: the flattened device tree OpenSBI hands over in a1 (DT spec chapter 5,
 * "Flattened Devicetree (DTB) Format"; every number in it is big-endian). One walker visits every
 * property; two visitors extract the end of RAM and the kernel command line.
 * <ul>
 *   <li>{@code fdt_walk(a0 = dtb, a1 = visitor, a2 = context)} calls
 *       {@code visitor(a0 = context, a1 = depth, a2 = node name, a3 = property name, a4 = value, a5 = length)}
 *       for each property, depth 1 being the root node; a nonzero result stops the walk and is returned.
 *       Returns 0 at FDT_END, -1 for a blob that is not a device tree.</li>
 *   <li>{@code fdt_memory_end(a0 = dtb)}: the highest end of the {@code reg} ranges of the memory nodes
 *       ({@code /memory@...}), read with the root's {@code #address-cells} and {@code #size-cells}; 0 if none.</li>
 *   <li>{@code fdt_bootargs(a0 = dtb)}: the NUL-terminated {@code /chosen/bootargs}, or 0 without {@code -append}.</li>
 * </ul>
 */
final class DeviceTree {
    /** Header fields (DT spec 5.2): magic at 0, off_dt_struct at 8, off_dt_strings at 12. */
    static final int FDT_MAGIC = 0xd00dfeed;
    static final int HEADER_MAGIC = 0;
    static final int HEADER_OFF_DT_STRUCT = 8;
    static final int HEADER_OFF_DT_STRINGS = 12;
    /** Structure block tokens (DT spec 5.4.1), each a big-endian 32-bit word, 4-byte aligned. */
    static final int FDT_BEGIN_NODE = 1;
    static final int FDT_END_NODE = 2;
    static final int FDT_PROP = 3;
    static final int FDT_NOP = 4;
    static final int FDT_END = 9;
    /** A cell is a big-endian 32-bit word (DT spec 2.2.4). */
    static final int CELL_SIZE = 4;
    /** #address-cells and #size-cells when the root has none (DT spec 2.3.5). */
    static final int DEFAULT_ADDRESS_CELLS = 2;
    static final int DEFAULT_SIZE_CELLS = 1;
    /** Depth of the root node's properties and of its children's in the walk. */
    static final int ROOT_DEPTH = 1;
    static final int CHILD_DEPTH = 2;

    static final String WALK = "fdt_walk";
    static final String NAME_MATCHES = "fdt_name_matches";
    static final String READ_CELLS = "fdt_read_cells";
    static final String MEMORY_END = "fdt_memory_end";
    static final String MEMORY_VISIT = "fdt_memory_visit";
    static final String BOOTARGS = "fdt_bootargs";
    static final String CHOSEN_VISIT = "fdt_chosen_visit";

    /** The context of fdt_memory_visit, on fdt_memory_end's stack. */
    private static final int CONTEXT_ADDRESS_CELLS = 0;
    private static final int CONTEXT_SIZE_CELLS = 8;
    private static final int CONTEXT_MEMORY_END = 16;
    private static final int MEMORY_CONTEXT_SIZE = 24;

    private DeviceTree() {
    }

    static void emit(TextSection text) {
        emitWalk(text);
        emitNameMatches(text);
        emitReadCells(text);
        emitMemoryEnd(text);
        emitMemoryVisit(text);
        emitBootargs(text);
        emitChosenVisit(text);
    }

    /** {@code rd = big-endian 32-bit word at offset(base)}, byte by byte (RV64G has no byte swap). */
    static void loadBigEndian32(MacroAssembler a, Register rd, Register base, int offset, Register scratch) {
        a.lbu(rd, base, offset);
        for (int i = 1; i < CELL_SIZE; i++) {
            a.lbu(scratch, base, offset + i);
            a.slli(rd, rd, 8);
            a.or(rd, rd, scratch);
        }
    }

    /** {@code rd = (rd + 3) & ~3}: the structure block pads names and values to 4 bytes. */
    private static void alignToCell(MacroAssembler a, Register rd) {
        a.addi(rd, rd, CELL_SIZE - 1);
        a.andi(rd, rd, -CELL_SIZE);
    }

    /** s1 = cursor, s2 = strings block, s3 = depth, s4 = current node's name, s5 = visitor, s6 = context. */
    private static void emitWalk(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(WALK);
        TextSection.Frame frame = text.enter(0, S1, S2, S3, S4, S5, S6);
        Label bad = new Label();
        Label loop = new Label();
        Label beginNode = new Label();
        Label endNode = new Label();
        Label property = new Label();
        Label done = new Label();
        Label skipName = new Label();
        Label stop = new Label();

        a.mv(S5, A1);
        a.mv(S6, A2);
        loadBigEndian32(a, T0, A0, HEADER_MAGIC, T1);
        a.li(T1, FDT_MAGIC & 0xFFFF_FFFFL);
        a.bne(T0, T1, bad);
        loadBigEndian32(a, T0, A0, HEADER_OFF_DT_STRUCT, T1);
        a.add(S1, A0, T0);
        loadBigEndian32(a, T0, A0, HEADER_OFF_DT_STRINGS, T1);
        a.add(S2, A0, T0);
        a.li(S3, 0);
        a.li(S4, 0);

        a.bind(loop);
        loadBigEndian32(a, T0, S1, 0, T1);
        a.addi(S1, S1, CELL_SIZE);
        token(a, FDT_BEGIN_NODE, beginNode);
        token(a, FDT_PROP, property);
        token(a, FDT_END_NODE, endNode);
        token(a, FDT_NOP, loop);
        token(a, FDT_END, done);
        a.j(bad);

        // FDT_BEGIN_NODE: the unit name, NUL-terminated, padded to a cell.
        a.bind(beginNode);
        a.addi(S3, S3, 1);
        a.mv(S4, S1);
        a.bind(skipName);
        a.lbu(T0, S1, 0);
        a.addi(S1, S1, 1);
        a.bnez(T0, skipName);
        alignToCell(a, S1);
        a.j(loop);

        // FDT_END_NODE. A node's properties come before its children (DT spec 5.4.2), so no property
        // follows in the closed node's parent and its name is not needed again.
        a.bind(endNode);
        a.addi(S3, S3, -1);
        a.j(loop);

        // FDT_PROP: len, nameoff, then the value padded to a cell.
        a.bind(property);
        loadBigEndian32(a, A5, S1, 0, T1);
        loadBigEndian32(a, T0, S1, CELL_SIZE, T1);
        a.add(A3, S2, T0);
        a.addi(A4, S1, 2 * CELL_SIZE);
        a.add(S1, A4, A5);
        alignToCell(a, S1);
        a.mv(A0, S6);
        a.mv(A1, S3);
        a.mv(A2, S4);
        a.jalr(S5);
        a.bnez(A0, stop);
        a.j(loop);

        a.bind(done);
        a.li(A0, 0);
        a.bind(stop);
        text.leave(frame);
        a.bind(bad);
        a.li(A0, -1);
        text.leave(frame);
        text.end();
    }

    private static void token(MacroAssembler a, int token, Label target) {
        a.li(T1, token);
        a.beq(T0, T1, target);
    }

    /** {@code fdt_name_matches(a0 = name, a1 = wanted)}: 1 if name is wanted, or wanted followed by "@unit-address". */
    private static void emitNameMatches(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(NAME_MATCHES);
        Label loop = new Label();
        Label wantedEnds = new Label();
        Label yes = new Label();
        Label no = new Label();
        a.bind(loop);
        a.lbu(T1, A1, 0);
        a.beqz(T1, wantedEnds);
        a.lbu(T0, A0, 0);
        a.bne(T0, T1, no);
        a.addi(A0, A0, 1);
        a.addi(A1, A1, 1);
        a.j(loop);
        a.bind(wantedEnds);
        a.lbu(T0, A0, 0);
        a.beqz(T0, yes);
        a.li(T1, '@');
        a.beq(T0, T1, yes);
        a.bind(no);
        a.li(A0, 0);
        a.ret();
        a.bind(yes);
        a.li(A0, 1);
        a.ret();
        text.end();
    }

    /** {@code fdt_read_cells(a0 = address, a1 = count)}: the cells as one number, the last cell lowest. */
    private static void emitReadCells(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(READ_CELLS);
        Label loop = new Label();
        Label done = new Label();
        a.mv(T2, A0);
        a.li(A0, 0);
        a.bind(loop);
        a.beqz(A1, done);
        loadBigEndian32(a, T0, T2, 0, T1);
        a.slli(A0, A0, 32);
        a.or(A0, A0, T0);
        a.addi(T2, T2, CELL_SIZE);
        a.addi(A1, A1, -1);
        a.j(loop);
        a.bind(done);
        a.ret();
        text.end();
    }

    private static void emitMemoryEnd(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(MEMORY_END);
        TextSection.Frame frame = text.enter(MEMORY_CONTEXT_SIZE);
        a.li(T0, DEFAULT_ADDRESS_CELLS);
        a.sd(T0, SP, CONTEXT_ADDRESS_CELLS);
        a.li(T0, DEFAULT_SIZE_CELLS);
        a.sd(T0, SP, CONTEXT_SIZE_CELLS);
        a.sd(ZERO, SP, CONTEXT_MEMORY_END);
        a.la(A1, text.routine(MEMORY_VISIT));
        a.mv(A2, SP);
        text.call(WALK);
        a.ld(A0, SP, CONTEXT_MEMORY_END);
        text.leave(frame);
        text.end();
    }

    /** Records the root's cell sizes; for each (address, size) of a memory node's reg, raises the end. */
    private static void emitMemoryVisit(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(MEMORY_VISIT);
        TextSection.Frame frame = text.enter(0, S1, S2, S3, S4, S5);
        Label child = new Label();
        Label sizeCells = new Label();
        Label range = new Label();
        Label done = new Label();
        a.mv(S1, A0);
        a.mv(S2, A3);
        a.mv(S3, A4);
        a.mv(S4, A5);
        a.mv(S5, A2);
        a.li(T0, ROOT_DEPTH);
        a.bne(A1, T0, child);

        a.mv(A0, S2);
        text.loadString(A1, "#address-cells");
        text.call(NAME_MATCHES);
        a.beqz(A0, sizeCells);
        loadBigEndian32(a, T0, S3, 0, T1);
        a.sd(T0, S1, CONTEXT_ADDRESS_CELLS);
        a.j(done);
        a.bind(sizeCells);
        a.mv(A0, S2);
        text.loadString(A1, "#size-cells");
        text.call(NAME_MATCHES);
        a.beqz(A0, done);
        loadBigEndian32(a, T0, S3, 0, T1);
        a.sd(T0, S1, CONTEXT_SIZE_CELLS);
        a.j(done);

        a.bind(child);
        a.li(T0, CHILD_DEPTH);
        a.bne(A1, T0, done);
        a.mv(A0, S5);
        text.loadString(A1, "memory");
        text.call(NAME_MATCHES);
        a.beqz(A0, done);
        a.mv(A0, S2);
        text.loadString(A1, "reg");
        text.call(NAME_MATCHES);
        a.beqz(A0, done);
        // A range has cells; without any the loop below would not advance.
        a.ld(T0, S1, CONTEXT_ADDRESS_CELLS);
        a.ld(T1, S1, CONTEXT_SIZE_CELLS);
        a.add(T0, T0, T1);
        a.beqz(T0, done);
        // s3 = cursor, s4 = end of the value, s2 = end of the current range.
        a.add(S4, S3, S4);
        a.bind(range);
        a.bgeu(S3, S4, done);
        a.mv(A0, S3);
        a.ld(A1, S1, CONTEXT_ADDRESS_CELLS);
        advanceCells(a, CONTEXT_ADDRESS_CELLS);
        text.call(READ_CELLS);
        a.mv(S2, A0);
        a.mv(A0, S3);
        a.ld(A1, S1, CONTEXT_SIZE_CELLS);
        advanceCells(a, CONTEXT_SIZE_CELLS);
        text.call(READ_CELLS);
        a.add(S2, S2, A0);
        a.ld(T0, S1, CONTEXT_MEMORY_END);
        a.bgeu(T0, S2, range);
        a.sd(S2, S1, CONTEXT_MEMORY_END);
        a.j(range);

        a.bind(done);
        a.li(A0, 0);
        text.leave(frame);
        text.end();
    }

    /** s3 += the cell count in the context slot, in bytes. */
    private static void advanceCells(MacroAssembler a, int slot) {
        a.ld(T0, S1, slot);
        a.slli(T0, T0, 2);
        a.add(S3, S3, T0);
    }

    private static void emitBootargs(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(BOOTARGS);
        TextSection.Frame frame = text.enter(8);
        a.sd(ZERO, SP, 0);
        a.la(A1, text.routine(CHOSEN_VISIT));
        a.mv(A2, SP);
        text.call(WALK);
        a.ld(A0, SP, 0);
        text.leave(frame);
        text.end();
    }

    /** Stores the value of /chosen/bootargs into the context and stops the walk. */
    private static void emitChosenVisit(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(CHOSEN_VISIT);
        TextSection.Frame frame = text.enter(0, S1, S2, S3);
        Label no = new Label();
        a.mv(S1, A0);
        a.mv(S2, A3);
        a.mv(S3, A4);
        a.li(T0, CHILD_DEPTH);
        a.bne(A1, T0, no);
        a.beqz(A5, no);
        a.mv(A0, A2);
        text.loadString(A1, "chosen");
        text.call(NAME_MATCHES);
        a.beqz(A0, no);
        a.mv(A0, S2);
        text.loadString(A1, "bootargs");
        text.call(NAME_MATCHES);
        a.beqz(A0, no);
        a.sd(S3, S1, 0);
        a.li(A0, 1);
        text.leave(frame);
        a.bind(no);
        a.li(A0, 0);
        text.leave(frame);
        text.end();
    }
}
