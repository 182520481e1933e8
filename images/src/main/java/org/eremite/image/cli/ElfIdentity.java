package org.eremite.image.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eremite.image.elf.ElfMachine;

/** Tells which ISA an image is for, from its ELF header, and refuses files that are not ELF64 images. */
final class ElfIdentity {
    private ElfIdentity() {
    }

    static String isaOf(Path image) throws IOException {
        byte[] header = new byte[20];
        try (InputStream in = Files.newInputStream(image)) {
            if (in.readNBytes(header, 0, header.length) < header.length || header[0] != 0x7F || header[1] != 'E'
                    || header[2] != 'L' || header[3] != 'F') {
                throw new IllegalArgumentException(image + " is not an ELF file");
            }
        }
        if (header[4] != 2 || header[5] != 1) {
            throw new IllegalArgumentException(image + " is not a little-endian ELF64 file");
        }
        int machine = (header[18] & 0xFF) | (header[19] & 0xFF) << 8;
        for (ElfMachine m : ElfMachine.values()) {
            if (m.machine() == machine) {
                return m.isa();
            }
        }
        throw new IllegalArgumentException(image + " is for ELF machine " + machine
                + ", which Eremite does not run (x86_64, aarch64, riscv64)");
    }
}
