package org.eremite.boot.x86_64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.eremite.boot.BootImage;
import org.eremite.jit.x86_64.asm.Register;
import org.junit.jupiter.api.Test;

class TextSectionTest {
    private static final long BASE = 0x40_0000;

    @Test
    void routinesBecomeFunctionSymbolsThatEndWhereTheNextBegins() {
        TextSection t = new TextSection(BASE);
        t.function("first");
        t.asm().nop();
        t.asm().ret();
        t.object("table");
        t.asm().data32(7);
        t.function("second");
        t.asm().ret();
        t.link();
        List<BootImage.Symbol> symbols = t.symbols();
        assertEquals(new BootImage.Symbol("first", BASE, 2, true), symbols.get(0));
        assertEquals(new BootImage.Symbol("table", BASE + 2, 4, false), symbols.get(1));
        assertEquals(new BootImage.Symbol("second", BASE + 6, 1, true), symbols.get(2));
    }

    @Test
    void absoluteReferencesToRoutinesAndLiteralsAreResolvedAtTheBase() {
        TextSection t = new TextSection(BASE);
        t.function("entry");
        t.asm().code32();
        t.asm().movl(Register.RSI, t.string("hi").name(), 0); // BE imm32
        t.asm().ljmp(8, "target", 0); // EA ptr32 sel16
        t.asm().code64();
        t.function("target");
        t.asm().ret();
        byte[] code = t.link();
        ByteBuffer b = ByteBuffer.wrap(code).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(t.addressOf("target"), b.getInt(6));
        long literal = b.getInt(1);
        assertEquals('h', code[(int) (literal - BASE)]);
        assertEquals(0, code[(int) (literal - BASE) + 2], "literals are NUL-terminated");
        assertSame(t.string("hi"), t.string("hi"), "equal literals are emitted once");
        assertTrue(t.symbols().stream().anyMatch(s -> s.name().equals("string_literals") && !s.function()));
    }

    @Test
    void aReferenceToANameThatWasNeverEmittedFailsTheLink() {
        TextSection t = new TextSection(BASE);
        t.function("entry");
        t.asm().code32();
        t.asm().ljmp(8, "nowhere", 0);
        IllegalStateException e = assertThrows(IllegalStateException.class, t::link);
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
        assertFalse(e.getMessage().isEmpty());
    }

    @Test
    void referencesOutsideTheTextResolveAgainstExternalSymbols() {
        TextSection t = new TextSection(BASE);
        t.function("entry");
        t.asm().call("java.lang.Object.<init>()V");
        t.asm().ret();
        byte[] code = t.link(java.util.Map.of("java.lang.Object.<init>()V", 0x20_0040L));
        int displacement = ByteBuffer.wrap(code, 1, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertEquals(0x20_0040L - (BASE + 5), displacement);
        assertSame(code, t.link(), "linking again returns the first result");
    }

    @Test
    void aReferenceToNoSymbolAtAllIsNamed() {
        TextSection t = new TextSection(BASE);
        t.function("entry");
        t.asm().call("nowhere");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.link(java.util.Map.of()));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }
}
