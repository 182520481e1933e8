package org.eremite.boot.aarch64;

import static org.eremite.jit.aarch64.asm.Register.R0;
import static org.eremite.jit.aarch64.asm.Register.R1;
import static org.eremite.jit.aarch64.asm.Register.R10;
import static org.eremite.jit.aarch64.asm.Register.R11;
import static org.eremite.jit.aarch64.asm.Register.R12;
import static org.eremite.jit.aarch64.asm.Register.R13;
import static org.eremite.jit.aarch64.asm.Register.R14;
import static org.eremite.jit.aarch64.asm.Register.R15;
import static org.eremite.jit.aarch64.asm.Register.R19;
import static org.eremite.jit.aarch64.asm.Register.R2;
import static org.eremite.jit.aarch64.asm.Register.R20;
import static org.eremite.jit.aarch64.asm.Register.R21;
import static org.eremite.jit.aarch64.asm.Register.R22;
import static org.eremite.jit.aarch64.asm.Register.R23;
import static org.eremite.jit.aarch64.asm.Register.R24;
import static org.eremite.jit.aarch64.asm.Register.R25;
import static org.eremite.jit.aarch64.asm.Register.R26;
import static org.eremite.jit.aarch64.asm.Register.R3;
import static org.eremite.jit.aarch64.asm.Register.R4;
import static org.eremite.jit.aarch64.asm.Register.R5;
import static org.eremite.jit.aarch64.asm.Register.R6;
import static org.eremite.jit.aarch64.asm.Register.R7;
import static org.eremite.jit.aarch64.asm.Register.R8;
import static org.eremite.jit.aarch64.asm.Register.R9;
import static org.eremite.jit.aarch64.asm.Register.ZR;

import org.eremite.jit.aarch64.asm.Address;
import org.eremite.jit.aarch64.asm.Condition;
import org.eremite.jit.aarch64.asm.MacroAssembler;
import org.eremite.jit.aarch64.asm.Register;
import org.eremite.jit.aarch64.asm.ShiftType;
import org.eremite.vm.asm.Label;

/**
 * Reading the boot info on aarch64: the flattened device tree (DTB) that QEMU places at
 * {@link MemoryLayout#DTB_ADDRESS}. Format: Devicetree Specification v0.4, chapter 5 "Flattened
 * Devicetree (DTB) Format"; every header field and token is a big-endian 32-bit word.
 * Routines (AAPCS64):
 * <ul>
 *   <li>{@value #CHECK}(x0 dtb) -> x0 = dtb if it starts with the FDT magic, else 0;</li>
 *   <li>{@value #FIND_PROPERTY}(x0 dtb, x1 node name or 0 for the root, x2 property name, x3 resume or 0)
 *       -> x0 = the property's value (0 if not found), x1 = its length, x2 = where to resume for the next
 *       match. The node is a child of the root whose name is {@code x1} or begins with {@code x1@} (a unit
 *       address), so "memory" finds every {@code /memory@...} node in turn;</li>
 *   <li>{@value #MEMORY_RANGE}(x0 dtb) -> x0 = the lowest base, x1 = the highest end of the {@code reg}
 *       regions of the memory nodes (both 0 if there are none), honouring the root's
 *       {@code #address-cells} and {@code #size-cells};</li>
 *   <li>{@value #BOOTARGS}(x0 dtb) -> x0 = the NUL-terminated {@code /chosen/bootargs}, or 0 when QEMU had
 *       no {@code -append}.</li>
 * </ul>
 */
final class DeviceTree {
    static final String CHECK = "fdt_check";
    static final String FIND_PROPERTY = "fdt_find_property";
    static final String MEMORY_RANGE = "fdt_memory_range";
    static final String BOOTARGS = "fdt_bootargs";

    /** Header (spec 5.2): magic, then offsets of the structure block and of the strings block. */
    static final long FDT_MAGIC = 0xD00D_FEEDL;
    static final int OFF_DT_STRUCT = 8;
    static final int OFF_DT_STRINGS = 12;
    /** Structure block tokens (spec 5.4.1). */
    static final int FDT_BEGIN_NODE = 1;
    static final int FDT_END_NODE = 2;
    static final int FDT_PROP = 3;
    static final int FDT_NOP = 4;
    static final int FDT_END = 9;
    /** Defaults when a node has no #address-cells / #size-cells (spec 2.3.5). */
    static final int DEFAULT_ADDRESS_CELLS = 2;
    static final int DEFAULT_SIZE_CELLS = 1;

    private DeviceTree() {
    }

    static void emitRoutines(TextSection text) {
        emitCheck(text);
        emitFindProperty(text);
        emitMemoryRange(text);
        emitBootargs(text);
    }

    private static void emitCheck(TextSection text) {
        MacroAssembler a = text.asm;
        Label none = new Label();
        text.begin(CHECK);
        a.cbz(64, R0, none);
        loadBigEndian32(a, R9, Address.base(R0));
        a.mov(32, R10, FDT_MAGIC);
        a.cmp(32, R9, R10);
        a.csel(64, R0, R0, ZR, Condition.EQ);
        a.bind(none);
        a.ret();
        text.end();
    }

    /**
     * A walk of the structure block. Registers: x4 strings block, x5 cursor, x6 depth (nodes open),
     * x7 whether the node at x8 = target depth is the one asked for (the root's properties are at depth 1,
     * a root child's at depth 2).
     */
    private static void emitFindProperty(TextSection text) {
        MacroAssembler a = text.asm;
        Label fromStart = new Label();
        Label walk = new Label();
        Label beginNode = new Label();
        Label endNode = new Label();
        Label property = new Label();
        Label compareName = new Label();
        Label nameEnded = new Label();
        Label matched = new Label();
        Label skipName = new Label();
        Label compareProperty = new Label();
        Label notFound = new Label();

        text.begin(FIND_PROPERTY);
        loadBigEndian32(a, R9, Address.offset(R0, OFF_DT_STRINGS));
        a.add(64, R4, R0, R9);
        a.mov(64, R8, 2);
        a.cbnz(64, R1, fromStart);
        a.mov(64, R8, 1);
        a.bind(fromStart);
        // A resumed walk is inside the matched node; a new one starts before the root.
        a.mov(64, R5, R3);
        a.mov(64, R6, R8);
        a.mov(64, R7, 1);
        a.cbnz(64, R3, walk);
        loadBigEndian32(a, R9, Address.offset(R0, OFF_DT_STRUCT));
        a.add(64, R5, R0, R9);
        a.mov(64, R6, 0);
        a.mov(64, R7, 0);

        a.bind(walk);
        loadBigEndian32(a, R9, Address.postIndex(R5, 4));
        a.cmp(32, R9, FDT_BEGIN_NODE);
        a.b(Condition.EQ, beginNode);
        a.cmp(32, R9, FDT_END_NODE);
        a.b(Condition.EQ, endNode);
        a.cmp(32, R9, FDT_PROP);
        a.b(Condition.EQ, property);
        a.cmp(32, R9, FDT_NOP);
        a.b(Condition.EQ, walk);
        a.b(notFound); // FDT_END, or a token that is not in the spec

        // FDT_BEGIN_NODE: the name follows, NUL-terminated and padded to 4 bytes.
        a.bind(beginNode);
        a.add(64, R6, R6, 1);
        a.mov(64, R7, 0);
        a.cmp(64, R6, R8);
        a.b(Condition.NE, skipName);
        a.cbz(64, R1, matched);
        a.mov(64, R10, R5);
        a.mov(64, R11, R1);
        a.bind(compareName);
        a.ldrb(R12, Address.postIndex(R11, 1));
        a.ldrb(R13, Address.postIndex(R10, 1));
        a.cbz(32, R12, nameEnded);
        a.cmp(32, R12, R13);
        a.b(Condition.NE, skipName);
        a.b(compareName);
        a.bind(nameEnded);
        a.cbz(32, R13, matched);
        a.cmp(32, R13, '@');
        a.b(Condition.NE, skipName);
        a.bind(matched);
        a.mov(64, R7, 1);
        a.bind(skipName);
        a.ldrb(R12, Address.postIndex(R5, 1));
        a.cbnz(32, R12, skipName);
        alignUp4(a, R5);
        a.b(walk);

        // FDT_END_NODE: leaving the target depth ends a match; closing the root ends the walk.
        a.bind(endNode);
        a.cmp(64, R6, R8);
        a.csel(64, R7, ZR, R7, Condition.EQ);
        a.subs(64, R6, R6, 1);
        a.b(Condition.LE, notFound);
        a.b(walk);

        // FDT_PROP: u32 length, u32 name offset into the strings block, then the value, padded to 4 bytes.
        a.bind(property);
        loadBigEndian32(a, R10, Address.base(R5));
        loadBigEndian32(a, R11, Address.offset(R5, 4));
        a.add(64, R12, R5, 8);
        a.add(64, R5, R12, R10);
        alignUp4(a, R5);
        a.cbz(64, R7, walk);
        a.cmp(64, R6, R8);
        a.b(Condition.NE, walk);
        a.add(64, R13, R4, R11);
        a.mov(64, R14, R2);
        a.bind(compareProperty);
        a.ldrb(R9, Address.postIndex(R13, 1));
        a.ldrb(R15, Address.postIndex(R14, 1));
        a.cmp(32, R9, R15);
        a.b(Condition.NE, walk);
        a.cbnz(32, R9, compareProperty);
        a.mov(64, R0, R12);
        a.mov(64, R1, R10);
        a.mov(64, R2, R5);
        a.ret();

        a.bind(notFound);
        a.mov(64, R0, 0);
        a.mov(64, R1, 0);
        a.mov(64, R2, 0);
        a.ret();
        text.end();
    }

    /**
     * x19 dtb, x20 #address-cells, x21 #size-cells, x22 lowest base, x23 highest end, x24 resume cursor,
     * x25 the next reg entry, x26 the end of the reg value.
     */
    private static void emitMemoryRange(TextSection text) {
        MacroAssembler a = text.asm;
        Label nextNode = new Label();
        Label nextEntry = new Label();
        Label done = new Label();
        text.begin(MEMORY_RANGE);
        TextSection.Frame frame = text.enter(R19, R20, R21, R22, R23, R24, R25, R26);
        a.mov(64, R19, R0);
        a.mov(64, R20, DEFAULT_ADDRESS_CELLS);
        a.mov(64, R21, DEFAULT_SIZE_CELLS);
        rootCells(text, "#address-cells", R20);
        rootCells(text, "#size-cells", R21);
        a.mov(64, R22, -1L);
        a.mov(64, R23, 0);
        a.mov(64, R24, 0);

        a.bind(nextNode);
        a.mov(64, R0, R19);
        text.loadString(R1, "memory");
        text.loadString(R2, "reg");
        a.mov(64, R3, R24);
        text.call(FIND_PROPERTY);
        a.cbz(64, R0, done);
        a.mov(64, R24, R2);
        a.mov(64, R25, R0);
        a.add(64, R26, R0, R1);

        // Each entry is (#address-cells + #size-cells) cells; a truncated last entry is ignored.
        a.bind(nextEntry);
        a.add(64, R9, R20, R21);
        a.add(64, R9, R25, R9, ShiftType.LSL, 2);
        a.cmp(64, R9, R26);
        a.b(Condition.HI, nextNode);
        loadCells(a, R25, R20, R10);
        loadCells(a, R25, R21, R11);
        a.cbz(64, R11, nextEntry);
        a.cmp(64, R10, R22);
        a.csel(64, R22, R10, R22, Condition.LO);
        a.add(64, R12, R10, R11);
        a.cmp(64, R12, R23);
        a.csel(64, R23, R12, R23, Condition.HI);
        a.b(nextEntry);

        a.bind(done);
        a.cmp(64, R23, 0);
        a.csel(64, R0, R22, ZR, Condition.NE);
        a.mov(64, R1, R23);
        text.leave(frame);
        text.end();
    }

    /** {@code into = be32(/property)} if the root has that property. */
    private static void rootCells(TextSection text, String property, Register into) {
        MacroAssembler a = text.asm;
        Label absent = new Label();
        a.mov(64, R0, R19);
        a.mov(64, R1, 0);
        text.loadString(R2, property);
        a.mov(64, R3, 0);
        text.call(FIND_PROPERTY);
        a.cbz(64, R0, absent);
        loadBigEndian32(a, into, Address.base(R0));
        a.bind(absent);
    }

    private static void emitBootargs(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(BOOTARGS);
        TextSection.Frame frame = text.enter();
        text.loadString(R1, "chosen");
        text.loadString(R2, "bootargs");
        a.mov(64, R3, 0);
        text.call(FIND_PROPERTY);
        a.cmp(64, R1, 0);
        a.csel(64, R0, R0, ZR, Condition.NE);
        text.leave(frame);
        text.end();
    }

    /** {@code rd = } the big-endian 32-bit word at {@code address}, zero-extended. */
    static void loadBigEndian32(MacroAssembler a, Register rd, Address address) {
        a.ldr(32, rd, address);
        a.rev(32, rd, rd);
    }

    /** {@code into = } the {@code count} big-endian cells at {@code pointer}, which advances past them. */
    private static void loadCells(MacroAssembler a, Register pointer, Register count, Register into) {
        Label loop = new Label();
        Label done = new Label();
        a.mov(64, into, 0);
        a.mov(64, R13, count);
        a.bind(loop);
        a.cbz(64, R13, done);
        loadBigEndian32(a, R14, Address.postIndex(pointer, 4));
        a.orr(64, into, R14, into, ShiftType.LSL, 32);
        a.sub(64, R13, R13, 1);
        a.b(loop);
        a.bind(done);
    }

    private static void alignUp4(MacroAssembler a, Register r) {
        a.add(64, r, r, 3);
        a.and(64, r, r, ~3L);
    }
}
