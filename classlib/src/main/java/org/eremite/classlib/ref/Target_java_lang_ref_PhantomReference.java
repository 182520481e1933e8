package org.eremite.classlib.ref;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/** A phantom reference's referent is never returned, but it can be compared. */
@TargetClass("java.lang.ref.PhantomReference")
final class Target_java_lang_ref_PhantomReference {
    @Substitute
    private boolean refersTo0(Object o) {
        return ((Target_java_lang_ref_Reference) (Object) this).referentValue() == o;
    }
}
