package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.runtime.Heap;

/** Object's natives that ordinary programs reach. The final ones are in {@link ObjectNatives}. */
@TargetClass("java.lang.Object")
final class Target_java_lang_Object {
    @Substitute
    @Override
    public int hashCode() {
        return Heap.identityHashCode(this);
    }

    @Substitute
    protected Object clone() throws CloneNotSupportedException {
        return ObjectCopy.shallowCopy(this);
    }
}
