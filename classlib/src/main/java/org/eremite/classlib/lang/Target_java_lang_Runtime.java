package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.runtime.Heap;
import org.eremite.vm.runtime.VmEntry;

/** The machine as Runtime reports it: one processor, the allocator's heap. */
@TargetClass("java.lang.Runtime")
final class Target_java_lang_Runtime {
    @Substitute
    public void exit(int status) {
        VmEntry.exit(status);
    }

    @Substitute
    public void halt(int status) {
        VmEntry.exit(status);
    }

    @Substitute
    public int availableProcessors() {
        return 1;
    }

    @Substitute
    public long freeMemory() {
        return Heap.free();
    }

    @Substitute
    public long totalMemory() {
        return Heap.total();
    }

    @Substitute
    public long maxMemory() {
        return Heap.total();
    }

    @Substitute
    public void gc() {
    }
}
