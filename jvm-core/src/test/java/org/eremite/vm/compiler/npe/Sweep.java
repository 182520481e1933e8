package org.eremite.vm.compiler.npe;

import java.util.Map;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;

/** Every instruction of every identifiable method of a loaded class: HotSpot's message against Eremite's. */
final class Sweep {
    private Sweep() {
    }

    /**
     * Compares every instruction ({@code all}) or only those that can raise a NullPointerException; the others
     * must get no message from HotSpot either, which the corpus checks for every instruction, but asking HotSpot
     * costs a whole analysis of the method each time.
     */
    static SweepResult compare(ForgedFrames frames, Class<?> holder, ClassFile classFile, boolean all) {
        SweepResult result = new SweepResult();
        Map<MethodInfo, Integer> ids = MethodIds.of(frames, holder, classFile);
        for (MethodInfo method : classFile.methods()) {
            if (method.code() == null) {
                continue;
            }
            result.methods++;
            Integer id = ids.get(method);
            if (id == null) {
                result.unidentifiedMethods++;
                result.unidentified.add(classFile.thisClass() + "." + method);
                continue;
            }
            NullPointerMessages messages = new NullPointerMessages(classFile, method);
            InstructionList code = InstructionList.decode(method.toString(), method.code().code());
            for (int i = 0; i < code.size(); i++) {
                Instruction insn = code.get(i);
                if (!all && !messages.canThrow(insn.offset())) {
                    continue;
                }
                result.instructions++;
                String hotSpot = frames.message(holder, id, insn.offset());
                String eremite = messages.messageAt(insn.offset());
                if (hotSpot != null) {
                    result.messages++;
                }
                boolean same = hotSpot == null ? eremite == null : hotSpot.equals(eremite);
                if (!same) {
                    result.mismatches.add(classFile.thisClass() + "." + method + " " + insn + ":\n    HotSpot: "
                            + hotSpot + "\n    Eremite: " + eremite);
                }
            }
        }
        return result;
    }
}
