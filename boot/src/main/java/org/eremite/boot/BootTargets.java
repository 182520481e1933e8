package org.eremite.boot;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/** The ISAs that have a boot stub, and the way to their smoke images. */
public final class BootTargets {
    public static final List<String> ISAS = List.of("x86_64", "aarch64", "riscv64");

    private BootTargets() {
    }

    /**
     * The boot smoke image of {@code isa}, built by {@code org.eremite.boot.<isa>.SmokeImage.build()}.
     *
     * @throws IllegalArgumentException for an ISA Eremite does not target
     */
    public static BootImage smokeImage(String isa) {
        if (!ISAS.contains(isa)) {
            throw new IllegalArgumentException("unknown ISA '" + isa + "': expected one of " + ISAS);
        }
        try {
            Class<?> smoke = Class.forName("org.eremite.boot." + isa + ".SmokeImage");
            return (BootImage) smoke.getMethod("build").invoke(null);
        } catch (ClassNotFoundException e) {
            throw new UnsupportedOperationException("the " + isa + " boot stub is not written yet", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("org.eremite.boot." + isa + ".SmokeImage has no public static build()", e);
        }
    }
}
