package org.eremite.vm.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodeBufferTest {
    @Test
    void emitsLittleEndianAndGrows() {
        CodeBuffer buffer = new CodeBuffer(16);
        for (int i = 0; i < 10; i++) {
            buffer.emit8(0xAA);
        }
        buffer.emit16(0x1234);
        buffer.emit32(0xDEADBEEF);
        buffer.emit64(0x0102030405060708L);
        assertEquals(24, buffer.position());
        byte[] bytes = buffer.toByteArray();
        assertArrayEquals(new byte[] {0x34, 0x12}, java.util.Arrays.copyOfRange(bytes, 10, 12));
        assertEquals(0xDEADBEEF, buffer.read32(12));
        assertEquals(0x0102030405060708L, buffer.read64(16));
        assertEquals(0x08, bytes[16]);
    }

    @Test
    void patchesInPlaceAndRefusesOutsideWrittenBytes() {
        CodeBuffer buffer = new CodeBuffer();
        buffer.emit32(0);
        buffer.patch16(1, 0xBEEF);
        assertEquals(0x00BEEF00, buffer.read32(0));
        assertThrows(IndexOutOfBoundsException.class, () -> buffer.patch32(2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> buffer.read8(4));
    }
}
