package org.eremite.image.elf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An ELF string table: NUL-terminated names, index 0 the empty name; equal names share one entry. */
final class ElfStringTable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<String, Integer> offsets = new HashMap<>();

    ElfStringTable() {
        bytes.write(0);
        offsets.put("", 0);
    }

    int add(String name) {
        return offsets.computeIfAbsent(name, n -> {
            int offset = bytes.size();
            bytes.writeBytes(n.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
            return offset;
        });
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
