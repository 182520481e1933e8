package org.eremite.image.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eremite.image.classpath.ApplicationJar;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.testing.BytecodeVerifier;
import org.eremite.image.testing.IsolatedRun;
import org.eremite.image.testing.JavaSources;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * HotSpot is the oracle: each corpus program runs as javac compiled it and again after desugaring, each time in a
 * fresh class loader on this JVM. The outputs must be identical and the desugared classes must hold no
 * {@code invokedynamic}, pass HotSpot's verifier (they are loaded and run) and ASM's.
 */
class DesugarDifferentialTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"concat", "lambdas", "methodrefs", "generics", "streams", "records", "enums", "inner",
        "interfaces"})
    void desugaredProgramPrintsWhatTheOriginalPrints(String program) throws Exception {
        String main = "corpus/" + program + "/Main";
        Path jar = JavaSources.compileToJar(JavaSources.resourceFolder("corpus/" + program), dir, program, main);
        ApplicationJar application = ApplicationJar.open(jar);
        assertTrue(countInvokedynamic(application.classes()) > 0, "the corpus program uses invokedynamic");

        String expected = IsolatedRun.run(application.classes(), main);

        DesugaredClasses classes = new DesugaredClasses(ClassPath.of(application, JdkImage.ofBuildJdk()));
        classes.desugarAll(application);
        Map<String, byte[]> desugared = new LinkedHashMap<>();
        BytecodeVerifier verifier = new BytecodeVerifier(classes);
        for (ParsedClass parsed : new java.util.ArrayList<>(classes.classes())) {
            if (parsed.application()) {
                List<String> problems = verifier.problems(parsed.node());
                assertTrue(problems.isEmpty(), String.join("\n", problems));
                desugared.put(parsed.name(), classes.classFile(parsed.name()));
            }
        }
        assertEquals(0, countInvokedynamic(desugared), "invokedynamic left after desugaring");

        String actual = IsolatedRun.run(desugared, main);
        DesugarStatistics.Counts counts = classes.statistics().application();
        System.out.printf("%-10s %2d classes, %3d sites (%d concat, %d lambda, %d record), %d generated, "
                + "%d accessors, %d JDK classes desugared on the way%n", program, application.classNames().size(),
                counts.sites(), counts.concatSites(), counts.lambdaSites(), counts.recordSites(),
                counts.generatedClasses(), counts.accessors(), classes.statistics().jdk().classesRead());
        assertEquals(expected, actual);
        assertTrue(expected.lines().count() >= 5, "the program printed its checks:\n" + expected);
    }

    static int countInvokedynamic(Map<String, byte[]> classFiles) {
        int count = 0;
        for (byte[] bytes : classFiles.values()) {
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, 0);
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof InvokeDynamicInsnNode) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
