package org.eremite.image.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eremite.image.testing.JavaSources;
import org.eremite.image.testing.Javap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Offsets read from raw Code attributes and attached to ASM's nodes agree with javap's. */
class BytecodeOffsetsTest {
    @TempDir
    Path dir;

    private static List<Integer> ours(ParsedClass parsed) {
        List<Integer> offsets = new ArrayList<>();
        for (MethodNode method : parsed.node().methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn.getOpcode() >= 0) {
                    offsets.add(parsed.offsets().offsetOf(insn));
                }
            }
        }
        return offsets;
    }

    @ParameterizedTest
    @ValueSource(strings = {"java/lang/Character", "java/lang/String", "java/util/regex/Pattern",
        "java/math/BigDecimal", "java/util/concurrent/ConcurrentHashMap"})
    void offsetsOfJavaBaseClassesAgreeWithJavap(String name) {
        JdkImage jdk = JdkImage.ofBuildJdk();
        ClassFile file = new ClassPath(List.of(jdk.javaBase()), jdk).find(name).orElseThrow();
        ParsedClass parsed = ClassParser.parse(file, false);
        List<Integer> expected = Javap.instructionOffsets(Javap.disassemble("--module", "java.base",
                name.replace('/', '.')));
        assertEquals(expected, ours(parsed));
    }

    @Test
    void wideInstructionsAndSwitchesAreMeasured() throws Exception {
        StringBuilder source = new StringBuilder("package w; public class Wide { static int f(int k) {\n");
        for (int i = 0; i < 300; i++) {
            source.append("int v").append(i).append(" = k + ").append(i).append(";\n");
        }
        source.append("v299 += 1000; switch (k) { case 1: v0++; break; case 2: v1++; break; case 3: v2++; break;"
                + " case 4: v3++; break; } switch (k) { case 10: k++; break; case 1000: k--; break; }"
                + " return v299 + v0 + v1 + k; } }");
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaSources.compile(Map.of("w/Wide.java", source.toString()), out);
        Path classFile = out.resolve("w/Wide.class");
        byte[] bytes = Files.readAllBytes(classFile);
        ParsedClass parsed = ClassParser.parse(new ClassFile("w/Wide", bytes, new ClassSource() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public java.util.Optional<byte[]> read(String internalName) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Set<String> classNames() {
                return java.util.Set.of();
            }
        }), true);
        String disassembly = Javap.disassemble(classFile.toString());
        assertEquals(true, disassembly.contains("iinc_w") && disassembly.contains("tableswitch")
                && disassembly.contains("lookupswitch"), disassembly);
        assertEquals(Javap.instructionOffsets(disassembly), ours(parsed));
        assertEquals(BytecodeOffsets.of(new ClassReader(bytes)).get("f(I)I").length,
                parsed.node().methods.stream().filter(m -> m.name.equals("f")).findFirst().orElseThrow()
                        .instructions.size() - countPseudo(parsed));
    }

    private static int countPseudo(ParsedClass parsed) {
        MethodNode f = parsed.node().methods.stream().filter(m -> m.name.equals("f")).findFirst().orElseThrow();
        int pseudo = 0;
        for (AbstractInsnNode insn : f.instructions) {
            if (insn.getOpcode() < 0) {
                pseudo++;
            }
        }
        return pseudo;
    }
}
