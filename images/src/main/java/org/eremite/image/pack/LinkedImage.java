package org.eremite.image.pack;

import org.eremite.boot.BootImage;

/** A linked image: its segments and symbols, and the ELF file made of them. */
public record LinkedImage(BootImage image, byte[] elf) {
    public long fileSize() {
        return elf.length;
    }
}
