package org.eremite.image.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.classpath.VmClasses;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The JDK's field and array-element VarHandles become static calls of classlib's FieldHandleOps and ArrayHandleOps: in the classes of
 * java.util.concurrent that use them, no call of a rewritten handle is left, and every call made resolves to a
 * method the support classes (FieldHandleOps, ArrayHandleOps) declare, with the offset field added to the handle's class.
 */
class VarHandleRewriterTest {
    private static final List<String> USERS = List.of("java/util/concurrent/atomic/AtomicBoolean",
            "java/util/concurrent/atomic/AtomicReference", "java/util/concurrent/atomic/Striped64",
            "java/util/concurrent/atomic/AtomicIntegerArray", "java/util/concurrent/atomic/AtomicLongArray",
            "java/util/concurrent/atomic/AtomicReferenceArray", "java/util/concurrent/ConcurrentLinkedQueue",
            "java/util/concurrent/ConcurrentLinkedQueue$Node", "java/util/concurrent/ConcurrentLinkedDeque",
            "java/util/concurrent/CountedCompleter", "java/util/concurrent/FutureTask",
            "java/util/concurrent/locks/AbstractQueuedSynchronizer",
            "java/util/concurrent/locks/AbstractQueuedSynchronizer$Node", "java/util/concurrent/CompletableFuture");

    @Test
    void handleCallsBecomeCallsOfDeclaredSupportMethods() throws Exception {
        JdkImage jdk = JdkImage.ofBuildJdk();
        DesugaredClasses classes = new DesugaredClasses(new ClassPath(List.of(VmClasses.ofBuilder(), jdk.javaBase()),
                jdk));
        List<String> declared = new ArrayList<>();
        for (String ops : List.of(VarHandleRewriter.FIELD_OPS, VarHandleRewriter.ARRAY_OPS)) {
            for (Method m : Class.forName(ops.replace('/', '.')).getDeclaredMethods()) {
                declared.add(ops + "." + m.getName() + Type.getMethodDescriptor(m));
            }
        }
        int calls = 0;
        for (String name : USERS) {
            ParsedClass parsed = classes.find(name).orElseThrow();
            for (MethodNode method : parsed.node().methods) {
                for (AbstractInsnNode insn : method.instructions.toArray()) {
                    if (insn instanceof MethodInsnNode call && (call.owner.equals(VarHandleRewriter.FIELD_OPS)
                            || call.owner.equals(VarHandleRewriter.ARRAY_OPS))) {
                        assertEquals(Opcodes.INVOKESTATIC, call.getOpcode());
                        assertTrue(declared.contains(call.owner + "." + call.name + call.desc), name + "."
                                + method.name + " calls " + call.owner + "." + call.name + call.desc
                                + ", which is not declared");
                        calls++;
                    }
                    if (insn instanceof FieldInsnNode load && load.name.endsWith(VarHandleRewriter.OFFSET_SUFFIX)) {
                        assertEquals("J", load.desc);
                    }
                }
            }
        }
        assertTrue(calls > 50, "rewritten calls: " + calls);
        for (VarHandleRewriter.FieldHandle handle : classes.varHandles()) {
            ParsedClass owner = classes.find(handle.owner()).orElseThrow();
            assertTrue(owner.node().fields.stream().anyMatch(f -> f.name.equals(handle.handle()
                    + VarHandleRewriter.OFFSET_SUFFIX) && f.desc.equals("J")), handle.toString());
        }
    }

    @Test
    void accessModesMapToTheirPlainOperation() {
        assertEquals("get", VarHandleRewriter.plainOperation("getAcquire"));
        assertEquals("set", VarHandleRewriter.plainOperation("setVolatile"));
        assertEquals("compareAndSet", VarHandleRewriter.plainOperation("weakCompareAndSetPlain"));
        assertEquals("compareAndSet", VarHandleRewriter.plainOperation("weakCompareAndSet"));
        assertEquals("compareAndExchange", VarHandleRewriter.plainOperation("compareAndExchangeRelease"));
        assertEquals("getAndBitwiseXor", VarHandleRewriter.plainOperation("getAndBitwiseXorAcquire"));
        assertEquals("getAndAdd", VarHandleRewriter.plainOperation("getAndAdd"));
    }
}
