package org.eremite.classlib.ref;

import org.eremite.vm.annotation.Alias;
import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/** References without a collector: the referent stays until {@code clear()}. */
@TargetClass("java.lang.ref.Reference")
final class Target_java_lang_ref_Reference {
    @Alias
    private Object referent;

    @Substitute
    private boolean refersTo0(Object o) {
        return referent == o;
    }

    /** For subclasses' substitutions: the referent, which {@code get()} may hide. */
    @org.eremite.vm.annotation.Inject
    Object referentValue() {
        return referent;
    }

    @Substitute
    private void clear0() {
        referent = null;
    }
}
