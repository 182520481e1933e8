package org.eremite.image.pack;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eremite.image.classpath.ParsedClass;
import org.eremite.vm.compiler.baseline.SymbolNames;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Errors that resolution or selection found at build time and that, as on HotSpot, happen when the code runs:
 * each distinct (error class, message) gets a static method of a generated class whose body throws it. Call sites
 * and dispatch-table entries point at it; it ignores any arguments (the C convention leaves them to the caller)
 * and never returns, so one stub serves every signature.
 */
final class LinkErrors {
    static final String CLASS = "org/eremite/vm/runtime/$LinkErrors";

    private final Map<String, String> stubs = new LinkedHashMap<>();
    private final Map<String, String[]> errors = new LinkedHashMap<>();
    private boolean frozen;
    private String fallback;

    /** The symbol of the stub that throws {@code errorClass} (internal name) with {@code message}. */
    String stub(String errorClass, String message) {
        String key = errorClass + "\0" + message;
        if (frozen && !stubs.containsKey(key)) {
            return fallback; // found after the stubs were compiled (a hub made while the heap is written)
        }
        return stubs.computeIfAbsent(key, k -> {
            String name = "error" + errors.size();
            errors.put(name, new String[] {errorClass, message});
            return SymbolNames.method(CLASS, name, "()V");
        });
    }

    /**
     * From now on, a new error shares one stub that was compiled (the world's, which {@link ImageWorld} makes
     * first): errors found after the stubs were compiled (hubs made while the heap is written).
     */
    void freeze() {
        fallback = stub("java/lang/InternalError", "a method outside the closed world was called");
        frozen = true;
    }

    int count() {
        return errors.size();
    }

    /** The error classes the stubs throw (their constructors must be in the image). */
    Iterable<String[]> all() {
        return errors.values();
    }

    /** The generated class with one method per error so far. */
    ParsedClass generate() {
        ClassNode c = new ClassNode();
        c.version = Opcodes.V17;
        c.access = Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC;
        c.name = CLASS;
        c.superName = "java/lang/Object";
        c.sourceFile = "LinkErrors";
        for (Map.Entry<String, String[]> e : errors.entrySet()) {
            MethodNode m = new MethodNode(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, e.getKey(), "()V", null, null);
            String error = e.getValue()[0];
            m.instructions.add(new TypeInsnNode(Opcodes.NEW, error));
            m.instructions.add(new InsnNode(Opcodes.DUP));
            m.instructions.add(new LdcInsnNode(e.getValue()[1]));
            m.instructions.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, error, "<init>", "(Ljava/lang/String;)V"));
            m.instructions.add(new InsnNode(Opcodes.ATHROW));
            m.maxStack = 3;
            m.maxLocals = 0;
            c.methods.add(m);
        }
        return ParsedClass.generated(c, "the image builder (link errors)", false);
    }
}
