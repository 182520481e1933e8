package org.eremite.image.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eremite.image.ImageBuildException;
import org.eremite.image.desugar.DesugaredClasses;
import org.eremite.image.desugar.GeneratedLambda;
import org.eremite.image.heap.LambdaMapper;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds the guest class of a host lambda in the snapshot (JDK-FACTS.md: JDK statics hold lambdas, e.g. the
 * predicates of a compiled {@code Pattern}). The host's lambda classes are hidden and their bytes unreachable
 * through any API, so the builder's JVM runs with {@code -Djdk.internal.lambda.dumpProxyClasses=DIR}
 * ({@code bin/eremite} sets it), which makes the JDK write each one to DIR. Its code calls the lambda's
 * implementation method; the desugaring phase generated, for the call site in the same class with the same
 * implementation, the guest class to copy it as.
 */
final class HostLambdas implements LambdaMapper {
    static final String DUMP_PROPERTY = "jdk.internal.lambda.dumpProxyClasses";

    private final DesugaredClasses classes;
    private final Map<Class<?>, String> mapped = new HashMap<>();

    HostLambdas(DesugaredClasses classes) {
        this.classes = classes;
    }

    @Override
    public String guestClassOf(Class<?> hiddenClass) {
        return mapped.computeIfAbsent(hiddenClass, this::find);
    }

    private String find(Class<?> hidden) {
        String name = hidden.getName();
        int slash = name.indexOf('/');
        String binary = slash < 0 ? name : name.substring(0, slash);
        int marker = binary.indexOf("$$Lambda$");
        if (marker < 0) {
            return null;
        }
        String caller = binary.substring(0, marker).replace('.', '/');
        String dump = System.getProperty(DUMP_PROPERTY);
        if (dump == null) {
            throw new ImageBuildException("the heap snapshot holds the host lambda " + name + "; to map it to its"
                    + " guest class the builder must run with -D" + DUMP_PROPERTY + "=DIR (bin/eremite does)");
        }
        Path file = Path.of(dump, binary.replace('.', '/') + ".class");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        MethodInsnNode call = implementationCall(file, binary.replace('.', '/'));
        if (call == null) {
            return null;
        }
        classes.find(caller); // desugars the caller, which generates its lambda classes
        for (GeneratedLambda lambda : classes.lambdasOf(caller)) {
            Handle impl = lambda.implementation();
            if (impl.getOwner().equals(call.owner) && impl.getName().equals(call.name)
                    && impl.getDesc().equals(call.desc)) {
                return lambda.className();
            }
        }
        return null;
    }

    /** The call of the implementation method in the dumped lambda class: the one call to another class. */
    private static MethodInsnNode implementationCall(Path file, String self) {
        ClassNode node = new ClassNode();
        try {
            new ClassReader(Files.readAllBytes(file)).accept(node, ClassReader.SKIP_DEBUG);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the host lambda class " + file + ": " + e.getMessage(), e);
        }
        for (MethodNode m : node.methods) {
            if (m.name.startsWith("<") || (m.access & org.objectweb.asm.Opcodes.ACC_STATIC) != 0) {
                continue;
            }
            for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (insn instanceof MethodInsnNode call && !call.owner.equals(self)
                        && !(call.name.equals("<init>") && call.owner.equals("java/lang/Object"))) {
                    if (call.name.equals("<init>") || !isBoxing(call)) {
                        return call;
                    }
                }
            }
        }
        return null;
    }

    /** The conversions a lambda class may call around the implementation (boxing of arguments or result). */
    private static boolean isBoxing(MethodInsnNode call) {
        return call.owner.startsWith("java/lang/") && (call.name.equals("valueOf") || call.name.endsWith("Value"))
                && (call.owner.equals("java/lang/Integer") || call.owner.equals("java/lang/Long")
                || call.owner.equals("java/lang/Double") || call.owner.equals("java/lang/Float")
                || call.owner.equals("java/lang/Boolean") || call.owner.equals("java/lang/Character")
                || call.owner.equals("java/lang/Short") || call.owner.equals("java/lang/Byte"));
    }
}
