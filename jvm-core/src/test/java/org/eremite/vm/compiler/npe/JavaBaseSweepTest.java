package org.eremite.vm.compiler.npe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.testing.JdkClassFiles;
import org.junit.jupiter.api.Test;

/**
 * java.base against HotSpot, instruction by instruction: real code of every shape javac produces (big methods,
 * nested loops, try/finally, switches on strings and enums, synchronized blocks, assertions, lambdas' bodies),
 * with local variable tables. HotSpot is asked through forged frames ({@link ForgedFrames}) in the classes this
 * JVM has loaded (linked, not initialized); only the instructions that can throw are asked, since asking costs
 * HotSpot a whole analysis (the corpus tests check that the others get no message).
 *
 * <p>Every fourth class by default, to keep the run short; {@code -Dnpe.sweep.every=1} sweeps all of java.base
 * (about a minute: 336,172 messages on 17.0.15, all identical).
 */
class JavaBaseSweepTest {
    @Test
    void everyInstructionOfJavaBaseGetsHotSpotsMessage() {
        ForgedFrames frames = new ForgedFrames();
        SweepResult total = new SweepResult();
        int every = Integer.getInteger("npe.sweep.every", 4);
        List<JdkClassFiles.Entry> all = JdkClassFiles.javaBase();
        for (int i = 0; i < all.size(); i += every) {
            sweep(all.get(i), frames, total, false);
        }
        assertEquals(List.of(), total.mismatches, total + StampedClasses.firstLines(total.mismatches, 40));
        assertTrue(total.messages > 50_000, total.toString());
    }

    /** HotSpot excludes the class where reflectively created exceptions have their top frame. */
    @Test
    void theReflectiveConstructorCallerGetsNoMessages() {
        ForgedFrames frames = new ForgedFrames();
        SweepResult total = new SweepResult();
        for (JdkClassFiles.Entry entry : JdkClassFiles.javaBase()) {
            if (entry.path().equals("jdk/internal/reflect/NativeConstructorAccessorImpl.class")) {
                sweep(entry, frames, total, true);
            }
        }
        assertEquals(List.of(), total.mismatches, total + StampedClasses.firstLines(total.mismatches, 40));
        assertTrue(total.instructions > 50 && total.messages == 0, total.toString());
    }

    private static void sweep(JdkClassFiles.Entry entry, ForgedFrames frames, SweepResult total, boolean all) {
        String name = entry.path().substring(0, entry.path().length() - ".class".length()).replace('/', '.');
        Class<?> holder;
        try {
            holder = Class.forName(name, false, null);
            holder.getDeclaredMethods(); // links it
        } catch (Throwable e) {
            return; // not loadable in this JVM (a missing optional dependency): nothing to compare with
        }
        ClassFile classFile = ClassFileParser.parse(entry.bytes(), entry.path());
        total.add(Sweep.compare(frames, holder, classFile, all));
    }
}
