package org.eremite.jit.aarch64.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogicalImmediateTest {
    private static Set<Long> allValues(int size) {
        Set<Long> values = new HashSet<>();
        for (int field = 0; field < 1 << 13; field++) {
            try {
                values.add(LogicalImmediate.decode(size, field));
            } catch (IllegalArgumentException reserved) {
                // reserved encodings decode to nothing
            }
        }
        return values;
    }

    @Test
    void everyBitmaskImmediateEncodesToAFieldThatDecodesBackToIt() {
        for (int size : Jasm.SIZES) {
            for (long value : allValues(size)) {
                int field = LogicalImmediate.encode(size, value);
                assertEquals(value, LogicalImmediate.decode(size, field), size + "-bit 0x" + Long.toHexString(value));
            }
        }
        assertEquals(5334, allValues(64).size(), "the number of distinct 64-bit bitmask immediates");
        assertEquals(1302, allValues(32).size(), "the number of distinct 32-bit bitmask immediates");
    }

    @Test
    void valuesThatAreNotBitmasksAreRejected() {
        Set<Long> valid = allValues(64);
        Random random = Jasm.random();
        for (int i = 0; i < 100_000; i++) {
            long value = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong() >>> random.nextInt(64);
            assertEquals(valid.contains(value), LogicalImmediate.isEncodable(64, value), "0x" + Long.toHexString(value));
        }
        assertFalse(LogicalImmediate.isEncodable(64, 0));
        assertFalse(LogicalImmediate.isEncodable(64, -1));
        assertFalse(LogicalImmediate.isEncodable(32, 0xFFFF_FFFFL));
        assertFalse(LogicalImmediate.isEncodable(32, 0x1_0000_00FFL), "more than 32 bits");
    }

    @Test
    void thirtyTwoBitOperationsAcceptSignExtendedInts() {
        assertEquals(LogicalImmediate.encode(32, 0xFFFF_FF00L), LogicalImmediate.encode(32, -256));
    }
}
