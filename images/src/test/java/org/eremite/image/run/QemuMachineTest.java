package org.eremite.image.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QemuMachineTest {
    @Test
    void eachIsaGetsItsMachineExitDeviceAndCommandLine() {
        List<String> x86 = QemuMachine.X86_64.command(Path.of("k.elf"), "64M", "a b", false, Path.of("/tmp/s"));
        assertEquals("qemu-system-x86_64", x86.get(0));
        assertTrue(x86.contains("isa-debug-exit,iobase=0xf4,iosize=0x04"), x86.toString());
        assertTrue(String.join(" ", x86).contains("-append a b"), x86.toString());
        List<String> arm = QemuMachine.AARCH64.command(Path.of("k.elf"), "64M", "", true, Path.of("/tmp/s"));
        assertTrue(arm.contains("enable=on,target=native"), arm.toString());
        assertFalse(arm.contains("-append"), "an empty command line is not passed");
        assertTrue(arm.containsAll(List.of("-s", "-S")));
        List<String> rv = QemuMachine.RISCV64.command(Path.of("k.elf"), "128M", "", false, Path.of("/tmp/s"));
        assertTrue(String.join(" ", rv).contains("-bios default"), rv.toString());
        assertTrue(String.join(" ", rv).contains("-m 128M"), rv.toString());
    }

    @Test
    void x86TakesTheStatusByteAndOthersTheQemuExitCode() {
        assertEquals(200, QemuMachine.X86_64.guestStatus(145, new byte[] {(byte) 200}));
        assertEquals(-1, QemuMachine.X86_64.guestStatus(0, new byte[0]));
        assertEquals(42, QemuMachine.AARCH64.guestStatus(42, new byte[0]));
        assertEquals(0, QemuMachine.RISCV64.guestStatus(0, new byte[0]));
    }

    @Test
    void unknownIsaIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QemuMachine.forIsa("mips"));
        assertTrue(e.getMessage().contains("'mips'"));
    }
}
