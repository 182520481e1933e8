package org.eremite.boot;

import java.util.List;

/** The ISAs that have a boot stub, and the way to their smoke images. */
public final class BootTargets {
    public static final List<String> ISAS = List.of("x86_64", "aarch64", "riscv64");

    private BootTargets() {
    }

    /**
     * The boot smoke image of {@code isa}.
     *
     * @throws IllegalArgumentException for an ISA Eremite does not target
     */
    public static BootImage smokeImage(String isa) {
        return switch (isa) {
            case "x86_64" -> org.eremite.boot.x86_64.SmokeImage.build();
            case "aarch64" -> org.eremite.boot.aarch64.SmokeImage.build();
            case "riscv64" -> org.eremite.boot.riscv64.SmokeImage.build();
            default -> throw new IllegalArgumentException("unknown ISA '" + isa + "': expected one of " + ISAS);
        };
    }
}
