package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.runtime.CodeInfo;
import org.eremite.vm.runtime.CodeMap;

/**
 * HotSpot's helpful messages (JEP 358) for the null pointer exceptions the VM raises: the image builder computed
 * the message of every instruction that can raise one ({@code org.eremite.vm.compiler.npe}); the exception's top
 * frame says which instruction it was. An exception made by code ({@code new NullPointerException()}) has its top
 * frame at a constructor call, which has no message, as on HotSpot.
 */
@TargetClass("java.lang.NullPointerException")
final class Target_java_lang_NullPointerException {
    @Substitute
    private String getExtendedNPEMessage() {
        Object backtrace = ThrowableAccess.backtrace((Throwable) (Object) this);
        if (!(backtrace instanceof long[] pcs) || pcs.length == 0) {
            return null;
        }
        CodeInfo method = CodeMap.find(pcs[0]);
        return method == null ? null : method.npeMessageAt(pcs[0] - method.start);
    }
}
