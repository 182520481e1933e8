package org.eremite.image.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eremite.image.classpath.ClassProvider;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * Checks classes with ASM's data-flow verifier, taking the class hierarchy from a {@link ClassProvider} (so JDK
 * classes that cannot be loaded on the host, such as desugared {@code java.base} classes, can be verified), and
 * finds leftover {@code invokedynamic}s. Like HotSpot's verifier, assignment to an interface type always passes.
 */
public final class BytecodeVerifier {
    private final ClassProvider classes;

    public BytecodeVerifier(ClassProvider classes) {
        this.classes = classes;
    }

    /** The problems of one class, one line each ("Class.method: message"); empty when it verifies. */
    public List<String> problems(ClassNode node) {
        List<String> problems = new ArrayList<>();
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof InvokeDynamicInsnNode) {
                    problems.add(node.name + "." + method.name + method.desc + ": invokedynamic left");
                }
            }
            if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                continue;
            }
            List<Type> interfaces = new ArrayList<>();
            for (String itf : node.interfaces) {
                interfaces.add(Type.getObjectType(itf));
            }
            Verifier verifier = new Verifier(Type.getObjectType(node.name),
                    node.superName == null ? null : Type.getObjectType(node.superName), interfaces,
                    (node.access & Opcodes.ACC_INTERFACE) != 0);
            try {
                new Analyzer<>(verifier).analyze(node.name, withRoomForAnalysis(method));
            } catch (AnalyzerException e) {
                problems.add(node.name + "." + method.name + method.desc + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * The analyzer needs max stack and locals, which generated methods get only when written (COMPUTE_MAXS
     * recomputes both then, so raising them here changes nothing in the output).
     */
    private static MethodNode withRoomForAnalysis(MethodNode method) {
        method.maxLocals = Math.max(method.maxLocals, computeLocals(method));
        method.maxStack = Math.max(method.maxStack, 256);
        return method;
    }

    private static int computeLocals(MethodNode method) {
        int locals = Type.getArgumentsAndReturnSizes(method.desc) >> 2;
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof org.objectweb.asm.tree.VarInsnNode var) {
                locals = Math.max(locals, var.var + 2);
            } else if (insn instanceof org.objectweb.asm.tree.IincInsnNode iinc) {
                locals = Math.max(locals, iinc.var + 1);
            }
        }
        return locals;
    }

    private final class Verifier extends SimpleVerifier {
        Verifier(Type current, Type superClass, List<Type> interfaces, boolean isInterface) {
            super(Opcodes.ASM9, current, superClass, interfaces, isInterface);
        }

        private Optional<ClassNode> node(Type type) {
            return classes.find(type.getInternalName()).map(ParsedClass::node);
        }

        @Override
        protected boolean isInterface(Type type) {
            return node(type).map(n -> (n.access & Opcodes.ACC_INTERFACE) != 0).orElse(false);
        }

        @Override
        protected Type getSuperClass(Type type) {
            if (type.getSort() == Type.ARRAY) {
                return Type.getObjectType("java/lang/Object");
            }
            return node(type).map(n -> n.superName == null ? null : Type.getObjectType(n.superName)).orElse(null);
        }

        @Override
        protected boolean isAssignableFrom(Type target, Type source) {
            if (target.equals(source) || target.getInternalName().equals("java/lang/Object")) {
                return true;
            }
            if (source.getSort() == Type.ARRAY) {
                if (target.getSort() == Type.ARRAY) {
                    Type t = target.getElementType();
                    Type s = source.getElementType();
                    if (target.getDimensions() == source.getDimensions()) {
                        return t.getSort() >= Type.ARRAY && s.getSort() >= Type.ARRAY && isAssignableFrom(t, s);
                    }
                    return target.getDimensions() < source.getDimensions() && t.getSort() >= Type.ARRAY
                            && isAssignableFrom(t, Type.getObjectType("java/lang/Object"));
                }
                String name = target.getInternalName();
                return name.equals("java/lang/Cloneable") || name.equals("java/io/Serializable");
            }
            if (target.getSort() == Type.ARRAY) {
                return false;
            }
            if (isInterface(target)) {
                return true; // as HotSpot's verifier: interfaces are checked at run time
            }
            for (Type t = source; t != null; t = getSuperClass(t)) {
                if (t.equals(target)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected Class<?> getClass(Type type) {
            throw new UnsupportedOperationException("no class loading in this verifier: " + type);
        }
    }
}
