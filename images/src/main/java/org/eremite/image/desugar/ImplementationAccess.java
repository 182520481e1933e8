package org.eremite.image.desugar;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Decides how a generated lambda class reaches its implementation method, and makes accessors where it cannot
 * call it directly.
 *
 * <p>The JDK defines its lambda classes as hidden nestmates of the caller, which may call the caller's private
 * methods. A generated class here is an ordinary class of the caller's package, so:
 * <ul>
 *   <li>a private implementation (javac's {@code lambda$main$0}, a method reference to a private method or
 *       constructor of a nestmate) is called through a static accessor added to the class that declares it;</li>
 *   <li>a {@code REF_invokeSpecial} handle to a method that is not private (a {@code super::m} call) is called
 *       through a static accessor added to the <em>caller</em>, the only class allowed to make that
 *       {@code invokespecial}; its receiver parameter has the caller's type, as the verifier requires.</li>
 * </ul>
 * Accessors are package-private static synthetic methods (public in interfaces, which allow no package-private
 * methods), one per implementation method and kind, named {@code lambda$access$<n>}. Everything else is called
 * with the instruction of the handle's kind, as the JDK's spun class does. Protected methods of a superclass in
 * another package need nothing: javac already routes method references to them through a lambda method.
 */
final class ImplementationAccess {
    private final DesugarEnvironment environment;
    private final Map<String, String> accessors = new HashMap<>();

    ImplementationAccess(DesugarEnvironment environment) {
        this.environment = environment;
    }

    ImplementationCall callFor(ParsedClass caller, LambdaSite site) {
        Handle impl = site.implementation();
        Type implType = site.implMethodType();
        boolean isPrivate = isPrivate(impl);
        switch (impl.getTag()) {
            case Opcodes.H_INVOKESTATIC:
                return isPrivate ? accessor(impl.getOwner(), impl, implType)
                        : new ImplementationCall(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(),
                                impl.isInterface(), false);
            case Opcodes.H_INVOKEVIRTUAL:
            case Opcodes.H_INVOKEINTERFACE:
                if (isPrivate) {
                    return accessor(impl.getOwner(), impl, implType);
                }
                return new ImplementationCall(impl.getTag() == Opcodes.H_INVOKEINTERFACE ? Opcodes.INVOKEINTERFACE
                        : Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface(),
                        false);
            case Opcodes.H_INVOKESPECIAL:
                if (isPrivate) {
                    return accessor(impl.getOwner(), impl, implType);
                }
                Type[] parameters = implType.getArgumentTypes();
                parameters[0] = Type.getObjectType(caller.name());
                return accessor(caller.name(), impl, Type.getMethodType(implType.getReturnType(), parameters));
            case Opcodes.H_NEWINVOKESPECIAL:
                return isPrivate ? accessor(impl.getOwner(), impl, implType)
                        : new ImplementationCall(Opcodes.INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(),
                                false, true);
            default:
                throw new IllegalArgumentException("method handle kind " + impl.getTag() + " cannot implement a lambda");
        }
    }

    int accessorCount() {
        return accessors.size();
    }

    private boolean isPrivate(Handle impl) {
        Optional<ParsedClass> owner = environment.lookup(impl.getOwner());
        if (owner.isEmpty()) {
            return false; // a missing class is reported by the reachability analysis, with its referrer
        }
        for (MethodNode method : owner.get().node().methods) {
            if (method.name.equals(impl.getName()) && method.desc.equals(impl.getDesc())) {
                return (method.access & Opcodes.ACC_PRIVATE) != 0;
            }
        }
        return false;
    }

    /** A static accessor in {@code host} that makes the call of {@code impl}; made once per host and target. */
    private ImplementationCall accessor(String host, Handle impl, Type accessorType) {
        ParsedClass hostClass = environment.lookup(host).orElseThrow(() -> new IllegalArgumentException(
                "the class " + host.replace('/', '.') + " that must hold an accessor for " + impl + " is missing"));
        String key = host + " " + impl.getTag() + " " + impl.getOwner() + "." + impl.getName() + impl.getDesc();
        String name = accessors.get(key);
        if (name == null) {
            name = freeName(hostClass);
            hostClass.node().methods.add(accessorMethod(hostClass, name, impl, accessorType));
            accessors.put(key, name);
            environment.statistics().countAccessor(hostClass.application());
        }
        return new ImplementationCall(Opcodes.INVOKESTATIC, host, name, accessorType.getDescriptor(),
                hostClass.isInterface(), false);
    }

    private static String freeName(ParsedClass host) {
        for (int n = 0;; n++) {
            String candidate = "lambda$access$" + n;
            if (host.node().methods.stream().noneMatch(m -> m.name.equals(candidate))) {
                return candidate;
            }
        }
    }

    private static MethodNode accessorMethod(ParsedClass host, String name, Handle impl, Type type) {
        int access = Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC | (host.isInterface() ? Opcodes.ACC_PUBLIC : 0);
        MethodNode method = new MethodNode(access, name, type.getDescriptor(), null, null);
        InsnList code = method.instructions;
        if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            code.add(new TypeInsnNode(Opcodes.NEW, impl.getOwner()));
            code.add(new InsnNode(Opcodes.DUP));
        }
        int slot = 0;
        for (Type parameter : type.getArgumentTypes()) {
            code.add(new VarInsnNode(parameter.getOpcode(Opcodes.ILOAD), slot));
            slot += parameter.getSize();
        }
        int opcode = impl.getTag() == Opcodes.H_INVOKESTATIC ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL;
        code.add(new org.objectweb.asm.tree.MethodInsnNode(opcode, impl.getOwner(), impl.getName(), impl.getDesc(),
                impl.isInterface()));
        code.add(new InsnNode(type.getReturnType().getOpcode(Opcodes.IRETURN)));
        method.maxLocals = slot;
        method.maxStack = Math.max(slot, 1) + 2;
        return method;
    }
}
