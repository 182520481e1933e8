package org.eremite.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A small hierarchy compiled by javac, in stages (a later stage recompiles some classes against the earlier
 * ones' class files: separate compilation, which is how binary-incompatible hierarchies arise), then both run
 * on HotSpot and predicted by this package. Methods under test return their own name, {@code "p.A.m"}; an
 * error reads {@code "!AbstractMethodError"}.
 */
final class JavacScenario {
    private final Path root;
    private final Path classes;
    private int stage;
    private URLClassLoader loader;
    private String hotSpotMessage;
    private String predictedMessage;
    private TypeModel model;

    JavacScenario(Path tempDir) {
        this.root = tempDir;
        this.classes = tempDir.resolve("classes");
    }

    /** Compiles one stage: pairs of (path relative to the source root, source text). */
    JavacScenario stage(String... pathsAndSources) {
        try {
            Path src = root.resolve("src" + stage++);
            Files.createDirectories(classes);
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classes.toString(),
                    "-implicit:none", "-nowarn", "-g:none"));
            for (int i = 0; i < pathsAndSources.length; i += 2) {
                Path file = src.resolve(pathsAndSources[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, pathsAndSources[i + 1]);
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = javac.run(null, errors, errors, args.toArray(new String[0]));
            if (status != 0) {
                fail("javac failed in stage " + (stage - 1) + ":\n" + errors);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts, for each {@code "Entry#method <- Receiver = expected"} line, that HotSpot gives the expected
     * result, and that this package predicts the same; {@code "Entry#method@Site#method"} names a call site
     * other than the entry method (the invoke instruction checked is the first invokevirtual or
     * invokeinterface of the site method). For errors, the messages must be HotSpot's too.
     */
    JavacScenario expect(String... lines) {
        for (String line : lines) {
            int arrow = line.indexOf("<-");
            int eq = line.indexOf('=', arrow);
            String call = line.substring(0, arrow).trim();
            String receiver = line.substring(arrow + 2, eq).trim();
            String expected = line.substring(eq + 1).trim();
            String entry = call;
            String site = call;
            int at = call.indexOf('@');
            if (at >= 0) {
                entry = call.substring(0, at);
                site = call.substring(at + 1);
            }
            String onHotSpot = runOnHotSpot(entry, receiver);
            assertEquals(expected, onHotSpot, "HotSpot: " + line);
            assertEquals(expected, predict(site, receiver), "Eremite: " + line);
            if (expected.startsWith("!")) {
                assertEquals(hotSpotMessage, predictedMessage, "the error's message: " + line);
            }
        }
        return this;
    }

    /**
     * Like {@link #expect} for one call where the build JDK's HotSpot is known to deviate from the JVMS: Eremite
     * must give the JVMS outcome, and HotSpot must still give {@code hotSpotResult} (so that a JDK with the bug
     * fixed makes this test fail and the deviation note can go).
     */
    void expectHotSpotBug(String line, String hotSpotResult, String bug) {
        int arrow = line.indexOf("<-");
        int eq = line.indexOf('=', arrow);
        String call = line.substring(0, arrow).trim();
        String receiver = line.substring(arrow + 2, eq).trim();
        String expected = line.substring(eq + 1).trim();
        assertEquals(hotSpotResult, runOnHotSpot(call, receiver), "HotSpot with " + bug + ": " + line);
        assertEquals(expected, predict(call, receiver), "Eremite: " + line);
    }

    private ClassLoader loader() {
        if (loader == null) {
            try {
                loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loader;
    }

    TypeModel model() {
        if (model == null) {
            model = ShapeReader.modelWith(classes);
        }
        return model;
    }

    /** Invokes the static {@code String method(Object)} named {@code "p.Call#run"} on a new receiver. */
    String runOnHotSpot(String entry, String receiverClass) {
        Object receiver;
        try {
            receiver = Class.forName(receiverClass, true, loader()).getDeclaredConstructor().newInstance();
        } catch (LinkageError e) {
            hotSpotMessage = e.getMessage();
            return "!" + e.getClass().getSimpleName();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot instantiate " + receiverClass, e);
        }
        int hash = entry.indexOf('#');
        try {
            Class<?> c = Class.forName(entry.substring(0, hash), true, loader());
            return (String) c.getMethod(entry.substring(hash + 1), Object.class).invoke(null, receiver);
        } catch (InvocationTargetException e) {
            hotSpotMessage = e.getCause().getMessage();
            return "!" + e.getCause().getClass().getSimpleName();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot call " + entry, e);
        }
    }

    /**
     * What Eremite does for the call site: resolve the invoke instruction's reference, select for the
     * receiver's class, and check that the vtable or itable slot the compiled call would use holds the same.
     */
    String predict(String site, String receiverClass) {
        JavaType receiver;
        try {
            receiver = model().type(receiverClass.replace('.', '/'));
            DispatchTables.vtable(receiver);
            DispatchTables.itables(receiver);
        } catch (LinkageFailure e) {
            predictedMessage = e.getMessage();
            return "!" + simpleName(e.javaError());
        }
        MethodInsnNode insn = invokeIn(site);
        DispatchEntry selected;
        DispatchEntry fromTable;
        try {
            JavaType referenced = model().type(insn.owner);
            if (insn.getOpcode() == Opcodes.INVOKEINTERFACE) {
                MethodShape resolved = MethodResolution.resolveInterfaceMethod(referenced, insn.name, insn.desc);
                selected = MethodSelection.selectInterface(receiver, resolved);
                fromTable = interfaceSlot(receiver, resolved);
            } else {
                MethodShape resolved = MethodResolution.resolveMethod(referenced, insn.name, insn.desc);
                selected = MethodSelection.selectVirtual(receiver, resolved);
                fromTable = virtualSlot(referenced, receiver, resolved);
            }
        } catch (LinkageFailure e) {
            predictedMessage = e.getMessage();
            return "!" + simpleName(e.javaError());
        }
        assertTrue(selected.sameOutcome(fromTable), site + " on " + receiverClass + ": selection " + selected
                + " but the table holds " + fromTable);
        if (selected.isMethod()) {
            return selected.method().owner().name().replace('/', '.') + "." + selected.method().name();
        }
        predictedMessage = selected.message();
        return "!" + simpleName(selected.kind().errorClass());
    }

    private static DispatchEntry virtualSlot(JavaType referenced, JavaType receiver, MethodShape resolved) {
        int index = DispatchTables.vtableIndex(referenced, resolved);
        if (index == VTable.NONVIRTUAL) {
            return MethodSelection.selectVirtual(receiver, resolved); // direct call: must be resolved itself
        }
        return DispatchTables.vtable(receiver).entry(index);
    }

    private static DispatchEntry interfaceSlot(JavaType receiver, MethodShape resolved) {
        if (!resolved.owner().isInterface()) {
            return virtualSlot(resolved.owner().type(), receiver, resolved); // an Object method
        }
        int index = DispatchTables.itableIndex(resolved);
        if (index == VTable.NONVIRTUAL) {
            return MethodSelection.selectInterface(receiver, resolved);
        }
        ITable table = DispatchTables.itable(receiver, resolved.owner().type());
        if (table == null) {
            // The compiled search runs off the end of the id array.
            return MethodSelection.selectInterface(receiver, resolved);
        }
        return table.entry(index);
    }

    private MethodInsnNode invokeIn(String site) {
        int hash = site.indexOf('#');
        String owner = site.substring(0, hash).replace('.', '/');
        String method = site.substring(hash + 1);
        ClassNode node = new ClassNode();
        try {
            new ClassReader(Files.readAllBytes(classes.resolve(owner + ".class"))).accept(node, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (MethodNode m : node.methods) {
            if (m.name.equals(method)) {
                for (AbstractInsnNode insn : m.instructions) {
                    int op = insn.getOpcode();
                    if (op == Opcodes.INVOKEVIRTUAL || op == Opcodes.INVOKEINTERFACE) {
                        return (MethodInsnNode) insn;
                    }
                }
            }
        }
        throw new AssertionError("no invokevirtual or invokeinterface in " + site);
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
