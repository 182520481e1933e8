/**
 * The image linker's code half: places units of machine code or data (compiled methods, stubs, tables) at their
 * addresses in a segment, resolves their relocations with each relocation's own {@code RelocationKind} (so it knows
 * no ISA), and reports every symbol for the ELF symbol table. It owns nothing about what the units mean; the boot
 * stub's text is linked by {@code org.eremite.boot}, and references between the two go through symbol maps.
 */
package org.eremite.image.link;
