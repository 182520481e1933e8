package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** The contract with the compiler and the image builder: one method per entry; no class initializers here. */
class RuntimeEntriesTest {
    /** Each entry's C signature in Java: Hub for Hub*, Object for references, int for jint, long for pointers. */
    private static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("allocateObject", "(Hub)Object"),
            Map.entry("allocateArray", "(Hub,int)Object"),
            Map.entry("allocateMultiArray", "(Hub,int,long)Object"),
            Map.entry("initializeClass", "(Hub)void"),
            Map.entry("throwException", "(Object)void"),
            Map.entry("throwNullPointer", "()void"),
            Map.entry("throwArrayIndexOutOfBounds", "(int,int)void"),
            Map.entry("throwArithmetic", "()void"),
            Map.entry("throwClassCast", "(Object,Hub)void"),
            Map.entry("throwArrayStore", "(Object,Object)void"),
            Map.entry("throwNegativeArraySize", "(int)void"),
            Map.entry("isInstance", "(Object,Hub)int"),
            Map.entry("isStorable", "(Object,Object)int"),
            Map.entry("monitorEnter", "(Object)void"),
            Map.entry("monitorExit", "(Object)void"),
            Map.entry("lookupInterfaceMethod", "(Hub,int,int)long"),
            Map.entry("loadClassLiteral", "(Object)Object"),
            Map.entry("throwStackOverflow", "()void"));

    private static String signature(Method m) {
        List<String> parameters = new ArrayList<>();
        for (Class<?> p : m.getParameterTypes()) {
            parameters.add(p.getSimpleName());
        }
        return "(" + String.join(",", parameters) + ")" + m.getReturnType().getSimpleName();
    }

    @Test
    void everyEntryIsOnePublicStaticMethodOfItsSignature() {
        Map<String, String> found = new TreeMap<>();
        for (Method m : RuntimeEntries.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                assertTrue(Modifier.isStatic(m.getModifiers()), m.toString());
                assertEquals(null, found.put(m.getName(), signature(m)), "one method named " + m.getName());
            }
        }
        Map<String, String> expected = new TreeMap<>();
        for (RuntimeEntry entry : RuntimeEntry.values()) {
            expected.put(entry.functionName(), SIGNATURES.get(entry.functionName()));
            if (entry.neverReturns()) {
                assertTrue(SIGNATURES.get(entry.functionName()).endsWith("void"), entry.toString());
            }
        }
        assertEquals(expected, found);
    }

    @Test
    void noRuntimeClassHasAStaticInitializer() throws IOException, URISyntaxException {
        Path folder = Path.of(RuntimeEntries.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/eremite/vm/runtime");
        int classes = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.class")) {
            for (Path file : files) {
                ClassNode node = new ClassNode();
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(node, ClassReader.SKIP_CODE);
                }
                for (MethodNode m : node.methods) {
                    assertTrue(!m.name.equals("<clinit>"), node.name + " has a static initializer");
                }
                classes++;
            }
        }
        assertTrue(classes >= 15, classes + " classes checked");
    }

    @Test
    void vmEntryHasTheBuildersHooks() throws ReflectiveOperationException {
        Method start = VmEntry.class.getMethod("start", long.class);
        assertEquals(int.class, start.getReturnType());
        Method invokeMain = VmEntry.class.getDeclaredMethod("invokeMain", String[].class);
        assertTrue(Modifier.isPrivate(invokeMain.getModifiers()) && Modifier.isStatic(invokeMain.getModifiers()));
        assertEquals(void.class, VmEntry.class.getMethod("exit", int.class).getReturnType());
        assertTrue(Modifier.isPublic(Heap.class.getField("start").getModifiers()));
    }
}
