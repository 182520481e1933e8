package org.eremite.image.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eremite.boot.BootImage;
import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.jit.x86_64.asm.Register;
import org.eremite.vm.asm.LittleEndian;
import org.junit.jupiter.api.Test;

/** Placement, alignment and relocation of units across two segments and an outside symbol. */
class SegmentLinkerTest {
    private static LinkUnit function(String symbol, String callee, String data) {
        MacroAssembler a = new MacroAssembler();
        a.call(callee);
        a.movq(Register.RAX, Address.rip(data, 8));
        a.ret();
        return new LinkUnit(symbol, a.finish(), a.relocations(), true, 16);
    }

    @Test
    void placesAlignedUnitsAndResolvesRelocationsAcrossSegments() {
        SegmentLinker code = new SegmentLinker(".text.compiled", 0x20_0000, false, true);
        SegmentLinker data = new SegmentLinker(".data.statics", 0x40_0000, true, false);
        code.add(function("a.A.f()V", "a.A.g()V", "statics:a.A"));
        code.add(function("a.A.g()V", "outside", "statics:a.A"));
        data.add(LinkUnit.data("statics:a.A", new byte[24]));
        Map<String, Long> addresses = code.layout();
        assertEquals(0x20_0000L, addresses.get("a.A.f()V"));
        assertEquals(0x20_0010L, addresses.get("a.A.g()V"), "the second unit starts 16-byte aligned");

        Map<String, Long> others = new java.util.HashMap<>(SegmentLinker.symbolsOf(data));
        others.put("outside", 0x12_3450L);
        byte[] linked = code.link(others);
        // call rel32 at 1: target - (site + 4)
        assertEquals(0x20_0010 - (0x20_0000 + 5), LittleEndian.getI32(linked, 1));
        assertEquals(0x12_3450 - (0x20_0010 + 5), LittleEndian.getI32(linked, 0x11));
        // mov rax, [rip + statics+8] at 5: disp32 at 8, relative to the end of the instruction (0xc)
        assertEquals(0x40_0000 + 8 - (0x20_0000 + 12), LittleEndian.getI32(linked, 8));

        BootImage.Segment segment = code.segment(linked);
        assertEquals(0x20_0000L, segment.address());
        assertTrue(segment.executable());
        List<BootImage.Symbol> symbols = code.symbols();
        assertEquals("a.A.g()V", symbols.get(1).name());
        assertTrue(symbols.get(1).function());
    }

    @Test
    void undefinedAndDuplicateSymbolsAreNamed() {
        SegmentLinker code = new SegmentLinker(".text.compiled", 0x20_0000, false, true);
        code.add(function("f", "nowhere", "nothing"));
        IllegalStateException undefined = assertThrows(IllegalStateException.class, () -> code.link(Map.of()));
        assertTrue(undefined.getMessage().contains("f refers to undefined symbol nowhere"), undefined.getMessage());
        SegmentLinker twice = new SegmentLinker(".text", 0, false, true);
        twice.add(LinkUnit.data("x", new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> twice.add(LinkUnit.data("x", new byte[1])));
    }
}
