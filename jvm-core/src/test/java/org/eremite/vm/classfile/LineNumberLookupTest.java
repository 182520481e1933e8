package org.eremite.vm.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@link CodeAttribute#lineNumberAt} against HotSpot, which is what stack traces must match: methods with
 * unsorted LineNumberTables, repeated pcs and gaps call a probe that asks HotSpot's StackWalker for the caller's
 * bytecode index and line number.
 */
class LineNumberLookupTest {
    private static final String PROBE = "org/eremite/vm/classfile/LineNumberProbe";

    @Test
    void lineNumberAtAgreesWithHotSpotStackFrames() throws Exception {
        Random random = new Random(42);
        int methods = 60;
        int callsPerMethod = 12;
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Lines", null, "java/lang/Object", null);
        for (int i = 0; i < methods; i++) {
            MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "m" + i, "()V", null, null);
            m.visitCode();
            List<Label> labels = new ArrayList<>();
            for (int call = 0; call < callsPerMethod; call++) {
                for (int nops = random.nextInt(3); nops > 0; nops--) {
                    Label nop = new Label();
                    m.visitLabel(nop);
                    labels.add(nop);
                    m.visitInsn(Opcodes.NOP);
                }
                Label label = new Label();
                m.visitLabel(label);
                labels.add(label);
                m.visitMethodInsn(Opcodes.INVOKESTATIC, PROBE, "here", "()V", false);
            }
            m.visitInsn(Opcodes.RETURN);
            // Table entries in random order, some pcs twice, some pcs (the first ones, often) without an entry.
            // Method 0 has no table at all.
            List<Label> starts = new ArrayList<>();
            int entries = i == 0 ? 0 : 1 + random.nextInt(labels.size());
            for (int e = 0; e < entries; e++) {
                starts.add(labels.get(random.nextInt(labels.size())));
            }
            Collections.shuffle(starts, random);
            for (Label start : starts) {
                m.visitLineNumber(1 + random.nextInt(500), start);
            }
            m.visitMaxs(0, 0);
            m.visitEnd();
        }
        w.visitEnd();
        byte[] bytes = w.toByteArray();

        Class<?> lines = new HotSpot().define("Lines", bytes);
        ClassFile c = ClassFileParser.parse(bytes);
        int compared = 0;
        for (int i = 0; i < methods; i++) {
            LineNumberProbe.CALLS.clear();
            lines.getMethod("m" + i).invoke(null);
            CodeAttribute code = c.findMethod("m" + i, "()V").code();
            for (int[] call : LineNumberProbe.CALLS) {
                assertEquals(call[1], code.lineNumberAt(call[0]), "m" + i + " at pc " + call[0] + ", table "
                        + code.lineNumbers());
                compared++;
            }
        }
        assertEquals(methods * callsPerMethod, compared);
    }
}
