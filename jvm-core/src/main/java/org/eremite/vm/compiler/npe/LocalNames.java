package org.eremite.vm.compiler.npe;

import java.util.List;

import org.eremite.vm.classfile.LocalVariable;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.classfile.TypeKind;

/**
 * How HotSpot names a local variable in a NullPointerException message: by the LocalVariableTable when an entry
 * covers the load (the first such entry in table order); else {@code this} for slot 0 of an instance method and
 * {@code <parameterN>} (N counted from 1, {@code this} not counted) for a parameter's slot, as long as no store
 * to that slot can have happened before the load; else {@code <localN>} with N the slot number.
 */
final class LocalNames {
    private LocalNames() {
    }

    /**
     * The name of local {@code slot} as loaded by the instruction at {@code loadOffset}.
     *
     * @param unwritten true if no path to the load stores to the slot, so that it still holds the argument
     */
    static String name(MethodInfo method, int loadOffset, int slot, boolean unwritten) {
        List<LocalVariable> variables = method.code().localVariables();
        for (int i = 0; i < variables.size(); i++) {
            LocalVariable variable = variables.get(i);
            if (variable.index() == slot && loadOffset >= variable.startPc()
                    && loadOffset < variable.startPc() + variable.length()) {
                return variable.name();
            }
        }
        if (!method.isStatic() && slot == 0 && unwritten) {
            return "this";
        }
        int parameter = parameterNumber(method, slot);
        if (parameter > 0 && unwritten) {
            return "<parameter" + parameter + ">";
        }
        return "<local" + slot + ">";
    }

    /** The 1-based number of the parameter that occupies {@code slot} (either slot of a long or double), or 0. */
    private static int parameterNumber(MethodInfo method, int slot) {
        int first = method.isStatic() ? 0 : 1;
        List<String> parameters = method.methodDescriptor().parameters();
        for (int i = 0; i < parameters.size(); i++) {
            int size = TypeKind.ofDescriptor(parameters.get(i)).slots();
            if (slot >= first && slot < first + size) {
                return i + 1;
            }
            first += size;
        }
        return 0;
    }
}
