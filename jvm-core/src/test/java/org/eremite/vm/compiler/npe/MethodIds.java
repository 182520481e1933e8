package org.eremite.vm.compiler.npe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.CodeAttribute;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.bytecode.InstructionList;

/**
 * Which HotSpot method id number belongs to which method of a loaded class. HotSpot numbers a class's methods in
 * an order of its own (sorted by the address of the name symbol), so the numbers are found by asking: the line
 * HotSpot gives for a forged frame at each offset must be the line the class file gives, for exactly one method.
 * A method that cannot be told apart from another this way (no line numbers, or the same lines) is left out.
 */
final class MethodIds {
    private MethodIds() {
    }

    /** The methods with code of {@code classFile} that could be identified, with their id numbers. */
    static Map<MethodInfo, Integer> of(ForgedFrames frames, Class<?> holder, ClassFile classFile) {
        List<MethodInfo> withLines = new ArrayList<>();
        for (MethodInfo method : classFile.methods()) {
            CodeAttribute code = method.code();
            if (code != null && code.hasLineNumbers() && code.lineNumberAt(0) >= 0) {
                withLines.add(method);
            }
        }
        Map<MethodInfo, Integer> ids = new LinkedHashMap<>();
        // HotSpot may add methods of its own (overpasses); they have no lines and match nothing.
        int limit = classFile.methods().size() + 16;
        for (int id = 0; id < limit; id++) {
            StackTraceElement first = frames.frame(holder, id, 0);
            if (first.getLineNumber() < 0) {
                continue;
            }
            List<MethodInfo> candidates = new ArrayList<>();
            for (MethodInfo method : withLines) {
                if (method.code().lineNumberAt(0) == first.getLineNumber()) {
                    candidates.add(method);
                }
            }
            MethodInfo found = null;
            if (candidates.size() == 1) {
                found = candidates.get(0);
            } else {
                // The method behind the id fits its own lines at its own offsets; if only one candidate does,
                // it is that one.
                for (MethodInfo candidate : candidates) {
                    if (fits(frames, holder, id, candidate)) {
                        if (found != null) {
                            found = null;
                            break;
                        }
                        found = candidate;
                    }
                }
            }
            if (found != null && !ids.containsKey(found)) {
                ids.put(found, id);
            }
        }
        return ids;
    }

    private static boolean fits(ForgedFrames frames, Class<?> holder, int id, MethodInfo method) {
        InstructionList code = InstructionList.decode(method.toString(), method.code().code());
        for (int i = 0; i < code.size(); i++) {
            int offset = code.get(i).offset();
            if (frames.frame(holder, id, offset).getLineNumber() != method.code().lineNumberAt(offset)) {
                return false;
            }
        }
        return true;
    }
}
