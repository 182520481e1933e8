package org.eremite.image.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.classpath.VmClasses;
import org.eremite.image.desugar.ClassWriting;
import org.eremite.image.desugar.DesugaredClasses;
import org.eremite.image.substitute.Substitutions;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Every substitution of classlib merges into its JDK class (no misspelt target or member, no unannotated helper),
 * and the merged class is valid bytecode that ASM's verifier accepts; the natives it substitutes are natives no
 * more.
 */
class ClasslibSubstitutionsTest {
    private static final JdkImage JDK = JdkImage.ofBuildJdk();

    @Test
    void everyClasslibSubstitutionMergesIntoValidBytecode() {
        VmClasses vm = VmClasses.ofBuilder();
        ClassPath classPath = new ClassPath(List.of(vm, JDK.javaBase()), JDK);
        Substitutions substitutions = Substitutions.ofClassPath(classPath);
        substitutions.checkTargets(classPath);
        DesugaredClasses classes = new DesugaredClasses(classPath, substitutions);
        assertTrue(substitutions.targets().size() >= 25, substitutions.targets().toString());
        for (String target : substitutions.targets()) {
            ParsedClass merged = classes.find(target).orElseThrow(() -> new AssertionError("no class " + target));
            StringWriter problems = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(ClassWriting.toBytes(merged.node())),
                    ClasslibSubstitutionsTest.class.getClassLoader(), false, new PrintWriter(problems));
            assertEquals("", problems.toString(), target + " does not verify after merging");
        }
    }

    @Test
    void substitutedNativesHaveBodies() {
        VmClasses vm = VmClasses.ofBuilder();
        ClassPath classPath = new ClassPath(List.of(vm, JDK.javaBase()), JDK);
        DesugaredClasses classes = new DesugaredClasses(classPath, Substitutions.ofClassPath(classPath));
        for (String[] m : List.of(new String[] {"java/lang/System", "arraycopy",
                "(Ljava/lang/Object;ILjava/lang/Object;II)V"},
                new String[] {"java/lang/Object", "hashCode", "()I"},
                new String[] {"java/io/FileOutputStream", "writeBytes", "([BIIZ)V"},
                new String[] {"jdk/internal/misc/Unsafe", "compareAndSetInt", "(Ljava/lang/Object;JII)Z"},
                new String[] {"java/lang/Throwable", "fillInStackTrace", "(I)Ljava/lang/Throwable;"})) {
            MethodNode method = classes.find(m[0]).orElseThrow().node().methods.stream()
                    .filter(n -> n.name.equals(m[1]) && n.desc.equals(m[2])).findFirst().orElseThrow();
            assertFalse((method.access & Opcodes.ACC_NATIVE) != 0, String.join(".", m) + " is still native");
            assertTrue(method.instructions.size() > 0, String.join(".", m) + " has no code");
        }
    }
}
