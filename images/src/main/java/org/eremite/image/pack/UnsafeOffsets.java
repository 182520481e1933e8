package org.eremite.image.pack;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.desugar.Instructions;
import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.FieldShape;
import org.eremite.vm.object.JavaType;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Field offsets that code takes from {@code Unsafe.objectFieldOffset(Class, String)} (java.base's idiom for atomic
 * updates) or {@code objectFieldOffset(C.class.getDeclaredField("f"))}: a value computed on the build host is the
 * host's layout, not the guest's. The builder finds the calls
 * whose class and name are constants: where a build-time class's static initializer stores the result in a static
 * field, the snapshot gets the guest's offset instead; and every such field is entered in the guest's table, where
 * the same call at run time (in a class initialized in the guest) looks it up.
 */
final class UnsafeOffsets {
    static final String UNSAFE = "jdk/internal/misc/Unsafe";
    static final String DESCRIPTOR = "(Ljava/lang/Class;Ljava/lang/String;)J";
    static final String FIELD_DESCRIPTOR = "(Ljava/lang/reflect/Field;)J";

    /** "binary.Class.field" -> the guest offset, for the runtime table. */
    final Map<String, Long> table = new LinkedHashMap<>();
    /** class (internal name) -> static field -> guest offset, for the snapshot. */
    final Map<String, Map<String, Long>> statics = new LinkedHashMap<>();

    private final ImageWorld world;

    UnsafeOffsets(ImageWorld world) {
        this.world = world;
    }

    void scan(ParsedClass parsed) {
        for (MethodNode m : parsed.node().methods) {
            for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (!(insn instanceof MethodInsnNode call) || !call.owner.equals(UNSAFE)
                        || !call.name.equals("objectFieldOffset")) {
                    continue;
                }
                AbstractInsnNode nameInsn = Instructions.previous(call);
                if (call.desc.equals(FIELD_DESCRIPTOR)) {
                    // U.objectFieldOffset(C.class.getDeclaredField("f"))
                    if (!(nameInsn instanceof MethodInsnNode get) || !get.name.equals("getDeclaredField")
                            || !get.owner.equals("java/lang/Class")) {
                        continue;
                    }
                    nameInsn = Instructions.previous(get);
                } else if (!call.desc.equals(DESCRIPTOR)) {
                    continue;
                }
                AbstractInsnNode classInsn = nameInsn == null ? null : Instructions.previous(nameInsn);
                if (!(nameInsn instanceof LdcInsnNode name) || !(name.cst instanceof String fieldName)
                        || !(classInsn instanceof LdcInsnNode cls) || !(cls.cst instanceof Type type)) {
                    continue;
                }
                Long offset = guestOffset(type.getInternalName(), fieldName);
                if (offset == null) {
                    continue;
                }
                table.put(type.getClassName() + "." + fieldName, offset);
                AbstractInsnNode next = Instructions.next(call);
                if (m.name.equals("<clinit>") && next instanceof FieldInsnNode store
                        && store.getOpcode() == Opcodes.PUTSTATIC && store.owner.equals(parsed.name())
                        && store.desc.equals("J")) {
                    statics.computeIfAbsent(parsed.name(), k -> new LinkedHashMap<>()).put(store.name, offset);
                }
            }
        }
    }

    /** The companion offset fields of the VarHandles that desugaring turned into static calls. */
    void addVarHandles(java.util.List<org.eremite.image.desugar.VarHandleRewriter.FieldHandle> handles) {
        for (var h : handles) {
            Long offset = h.isArray() ? (Long) (long) org.eremite.vm.object.ObjectLayout.elementSize(
                    org.eremite.vm.classfile.TypeKind.ofDescriptor(h.target().substring(1)))
                    : guestOffset(h.target(), h.name());
            if (offset != null) {
                statics.computeIfAbsent(h.owner(), k -> new LinkedHashMap<>()).put(
                        h.handle() + org.eremite.image.desugar.VarHandleRewriter.OFFSET_SUFFIX, offset);
            }
        }
    }

    private Long guestOffset(String className, String fieldName) {
        JavaType t;
        try {
            t = world.type(className);
        } catch (RuntimeException e) {
            return null;
        }
        for (JavaType c = t; c != null; c = c.superclass()) {
            for (FieldShape f : c.shape().fields()) {
                if (!f.isStatic() && f.name().equals(fieldName)) {
                    return (long) FieldLayout.of(c).offsetOf(f);
                }
            }
        }
        return null;
    }
}
