package org.eremite.vm.compiler.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one mangling scheme: Java names as objdump and gdb should show them. */
class SymbolNamesTest {
    @Test
    void namesReadLikeJava() {
        assertEquals("java.lang.String.hashCode()I", SymbolNames.method("java/lang/String", "hashCode", "()I"));
        assertEquals("java.util.Map$Entry.getKey()Ljava/lang/Object;",
                SymbolNames.method("java/util/Map$Entry", "getKey", "()Ljava/lang/Object;"));
        assertEquals("hub:java.lang.String", SymbolNames.hub("java/lang/String"));
        assertEquals("hub:[Ljava.lang.String;", SymbolNames.hub("[Ljava/lang/String;"));
        assertEquals("statics:java.lang.System", SymbolNames.statics("java/lang/System"));
        assertEquals("class:[I", SymbolNames.classObject("[I"));
        assertEquals("eremite.runtime.throwArithmetic", SymbolNames.runtime(RuntimeEntry.THROW_ARITHMETIC));
    }
}
