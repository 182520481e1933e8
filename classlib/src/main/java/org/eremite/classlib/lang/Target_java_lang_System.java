package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.runtime.Heap;
import org.eremite.vm.runtime.Platform;

/**
 * System's natives. {@code out}, {@code err} and the properties come from the build-time snapshot (the guest's
 * properties replace the host's there); these are the parts that run.
 */
@TargetClass("java.lang.System")
final class Target_java_lang_System {
    @Substitute
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @Substitute
    public static int identityHashCode(Object x) {
        return x == null ? 0 : Heap.identityHashCode(x);
    }

    @Substitute
    public static long nanoTime() {
        return Platform.nanoTime();
    }

    @Substitute
    public static long currentTimeMillis() {
        return Platform.currentTimeMillis();
    }
}
