package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.EncodingTestSupport.check;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.listed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;

/**
 * The x87 instructions of the frem/drem templates, the fixed-size jump of jump tables, and symbols that are Java
 * names (quoted in the listing), each checked against GNU as.
 */
class X87AndQuotedSymbolTest {
    @Test
    void x87LoadsStoresAndRemainderMatchGnuAs() {
        Assembler a = listed();
        for (Address m : EncodingTestSupport.addresses(new Label(), 7)) {
            if (m.label() != null) {
                continue;
            }
            a.flds(m);
            a.fldl(m);
            a.fstps(m);
            a.fstpl(m);
        }
        a.fprem();
        a.fnstswAx();
        for (int i = 0; i < 8; i++) {
            a.fstp(i);
        }
        assertTrue(check(a) > 100);
    }

    @Test
    void jmpNearIsAlwaysFiveBytes() {
        Assembler a = listed();
        Label back = new Label();
        a.bind(back);
        a.nop();
        int start = a.position();
        a.jmpNear(back);
        assertEquals(5, a.position() - start);
        Label forward = new Label();
        a.jmpNear(forward);
        a.bind(forward);
        check(a);
    }

    @Test
    void javaNamesAreQuotedInTheListingAndAssemble() {
        Assembler a = listed();
        List<String> symbols = List.of("java.lang.String.indexOf(Ljava/lang/String;I)I", "hub:[I",
                "hub:[Ljava.lang.String;", "statics:java.lang.System", "eremite.runtime.allocateObject", "plain_name");
        for (String symbol : symbols) {
            a.call(symbol);
            a.jmp(symbol);
            a.leaq(Register.RAX, Address.rip(symbol, 16));
            a.movabs(Register.RCX, symbol, 8);
            a.movl(Address.rip(symbol), 3);
            a.movq(Register.RDX, Address.of(Register.RBX, symbol, -8));
        }
        check(a);
        assertEquals("\"hub:[I\"", Address.quote("hub:[I"));
        assertEquals("plain_name", Address.quote("plain_name"));
        assertEquals("\"a\\\"b\"", Address.quote("a\"b"));
    }
}
