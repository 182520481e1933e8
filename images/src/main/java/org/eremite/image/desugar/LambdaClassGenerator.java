package org.eremite.image.desugar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Generates the class for one lambda call site, in the shape of the JDK's {@code InnerClassLambdaMetafactory}:
 * <pre>
 * final synthetic class Caller$$Lambda$N implements Interface, Markers... {
 *     private final T1 arg$1; ...                  // captured values
 *     private Caller$$Lambda$N(T1 arg$1, ...)      // stores them
 *     static Interface get$Lambda(T1, ...)          // capturing sites: a new instance per evaluation
 *     static final Interface INSTANCE;             // non-capturing sites: one instance, made by &lt;clinit&gt;
 *     public R method(P...)                        // converts, calls the implementation, converts back
 *     public bridge R' method(P'...)               // altMetafactory's bridges, the same body
 *     private final Object writeReplace()          // serializable lambdas: a SerializedLambda, as the JDK's
 * }
 * </pre>
 * All code is straight-line, so the class needs no stack map frames.
 */
final class LambdaClassGenerator {
    static final String FACTORY = "get$Lambda";
    static final String INSTANCE = "INSTANCE";
    private static final String SERIALIZED_LAMBDA = "java/lang/invoke/SerializedLambda";

    private LambdaClassGenerator() {
    }

    /**
     * @param addSerializable          the call site asked for a serializable lambda but neither its interface nor
     *                                 a marker extends Serializable: the JDK then implements Serializable too
     * @param accidentallySerializable the interface or a marker extends Serializable although the call site did
     *                                 not ask for a serializable lambda: the JDK then adds methods that refuse
     *                                 serialization, and so does this
     */
    static ClassNode generate(String className, ClassNode caller, LambdaSite site, ImplementationCall call,
            boolean addSerializable, boolean accidentallySerializable) {
        ClassNode node = new ClassNode();
        Set<String> interfaces = new LinkedHashSet<>();
        interfaces.add(site.interfaceName());
        interfaces.addAll(site.markers());
        if (addSerializable) {
            interfaces.add("java/io/Serializable");
        }
        int version = Math.max(caller.version & 0xFFFF, Opcodes.V1_8);
        node.visit(version, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, className, null,
                "java/lang/Object", interfaces.toArray(new String[0]));
        node.sourceFile = caller.sourceFile;

        Type[] captured = site.factoryType().getArgumentTypes();
        List<String> fields = capturedFieldNames(captured.length);
        for (int i = 0; i < captured.length; i++) {
            node.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, fields.get(i),
                    captured[i].getDescriptor(), null, null));
        }
        node.methods.add(constructor(className, captured, fields));
        Type interfaceType = site.factoryType().getReturnType();
        if (site.capturing()) {
            node.methods.add(factory(className, site.factoryType(), captured));
        } else {
            node.fields.add(new FieldNode(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, INSTANCE,
                    interfaceType.getDescriptor(), null, null));
            node.methods.add(singletonInitializer(className, interfaceType));
        }

        node.methods.add(forwarder(className, site, call, captured, fields, site.samMethodType(), Opcodes.ACC_PUBLIC));
        Set<String> implemented = new LinkedHashSet<>();
        implemented.add(site.samMethodType().getDescriptor());
        for (Type bridge : site.bridges()) {
            if (implemented.add(bridge.getDescriptor())) {
                node.methods.add(forwarder(className, site, call, captured, fields, bridge,
                        Opcodes.ACC_PUBLIC | Opcodes.ACC_BRIDGE));
            }
        }
        if (site.serializable()) {
            node.methods.add(writeReplace(className, caller.name, site, captured, fields));
        } else if (accidentallySerializable) {
            node.methods.add(serializationRefusal("writeObject", "(Ljava/io/ObjectOutputStream;)V"));
            node.methods.add(serializationRefusal("readObject", "(Ljava/io/ObjectInputStream;)V"));
        }
        return node;
    }

    /** The JDK's names for the captured values of a lambda object. */
    static List<String> capturedFieldNames(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("arg$" + i);
        }
        return names;
    }

    private static MethodNode constructor(String className, Type[] captured, List<String> fields) {
        MethodNode ctor = new MethodNode(Opcodes.ACC_PRIVATE, "<init>",
                Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
        InsnList code = ctor.instructions;
        code.add(new VarInsnNode(Opcodes.ALOAD, 0));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false));
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            code.add(new VarInsnNode(captured[i].getOpcode(Opcodes.ILOAD), slot));
            code.add(new FieldInsnNode(Opcodes.PUTFIELD, className, fields.get(i), captured[i].getDescriptor()));
            slot += captured[i].getSize();
        }
        code.add(new InsnNode(Opcodes.RETURN));
        return ctor;
    }

    private static MethodNode factory(String className, Type factoryType, Type[] captured) {
        MethodNode factory = new MethodNode(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, FACTORY,
                factoryType.getDescriptor(), null, null);
        InsnList code = factory.instructions;
        code.add(new TypeInsnNode(Opcodes.NEW, className));
        code.add(new InsnNode(Opcodes.DUP));
        int slot = 0;
        for (Type type : captured) {
            code.add(new VarInsnNode(type.getOpcode(Opcodes.ILOAD), slot));
            slot += type.getSize();
        }
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, className, "<init>",
                Type.getMethodDescriptor(Type.VOID_TYPE, captured), false));
        code.add(new InsnNode(Opcodes.ARETURN));
        return factory;
    }

    private static MethodNode singletonInitializer(String className, Type interfaceType) {
        MethodNode clinit = new MethodNode(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        InsnList code = clinit.instructions;
        code.add(new TypeInsnNode(Opcodes.NEW, className));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, className, "<init>", "()V", false));
        code.add(new FieldInsnNode(Opcodes.PUTSTATIC, className, INSTANCE, interfaceType.getDescriptor()));
        code.add(new InsnNode(Opcodes.RETURN));
        return clinit;
    }

    /** The interface method (or a bridge of type {@code methodType}): JDK's ForwardingMethodGenerator. */
    private static MethodNode forwarder(String className, LambdaSite site, ImplementationCall call, Type[] captured,
            List<String> fields, Type methodType, int access) {
        MethodNode method = new MethodNode(access, site.methodName(), methodType.getDescriptor(), null, null);
        InsnList code = method.instructions;
        call.emitPrologue(code);
        for (int i = 0; i < captured.length; i++) {
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            code.add(new FieldInsnNode(Opcodes.GETFIELD, className, fields.get(i), captured[i].getDescriptor()));
        }
        Type implType = site.implMethodType();
        Type[] implParameters = implType.getArgumentTypes();
        Type[] parameters = methodType.getArgumentTypes();
        Type[] instantiated = site.instantiatedMethodType().getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < parameters.length; i++) {
            code.add(new VarInsnNode(parameters[i].getOpcode(Opcodes.ILOAD), slot));
            slot += parameters[i].getSize();
            TypeConversions.convert(code, parameters[i], implParameters[captured.length + i], instantiated[i]);
        }
        call.emitCall(code);
        Type implReturn = implType.getReturnType();
        Type returnType = methodType.getReturnType();
        TypeConversions.convert(code, implReturn, returnType, returnType);
        if (returnType.getSort() == Type.VOID && implReturn.getSort() != Type.VOID) {
            // The JDK leaves the value for RETURN to discard; popping it is the same and keeps the stack tidy.
            code.add(new InsnNode(implReturn.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP));
        }
        code.add(new InsnNode(returnType.getOpcode(Opcodes.IRETURN)));
        return method;
    }

    private static MethodNode writeReplace(String className, String callerName, LambdaSite site, Type[] captured,
            List<String> fields) {
        MethodNode method = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "writeReplace",
                "()Ljava/lang/Object;", null, null);
        InsnList code = method.instructions;
        code.add(new TypeInsnNode(Opcodes.NEW, SERIALIZED_LAMBDA));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new LdcInsnNode(Type.getObjectType(callerName)));
        code.add(new LdcInsnNode(site.interfaceName()));
        code.add(new LdcInsnNode(site.methodName()));
        code.add(new LdcInsnNode(site.samMethodType().getDescriptor()));
        code.add(new LdcInsnNode(site.implementation().getTag()));
        code.add(new LdcInsnNode(site.implementation().getOwner()));
        code.add(new LdcInsnNode(site.implementation().getName()));
        code.add(new LdcInsnNode(site.implementation().getDesc()));
        code.add(new LdcInsnNode(site.instantiatedMethodType().getDescriptor()));
        code.add(new LdcInsnNode(captured.length));
        code.add(new TypeInsnNode(Opcodes.ANEWARRAY, "java/lang/Object"));
        for (int i = 0; i < captured.length; i++) {
            code.add(new InsnNode(Opcodes.DUP));
            code.add(new LdcInsnNode(i));
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            code.add(new FieldInsnNode(Opcodes.GETFIELD, className, fields.get(i), captured[i].getDescriptor()));
            if (TypeConversions.isPrimitive(captured[i])) {
                TypeConversions.box(code, captured[i]);
            }
            code.add(new InsnNode(Opcodes.AASTORE));
        }
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, SERIALIZED_LAMBDA, "<init>",
                "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;"
                        + "Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V", false));
        code.add(new InsnNode(Opcodes.ARETURN));
        return method;
    }

    private static MethodNode serializationRefusal(String name, String descriptor) {
        MethodNode method = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, name, descriptor, null,
                new String[] {"java/io/IOException"});
        InsnList code = method.instructions;
        code.add(new TypeInsnNode(Opcodes.NEW, "java/io/NotSerializableException"));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new LdcInsnNode("Non-serializable lambda"));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/io/NotSerializableException", "<init>",
                "(Ljava/lang/String;)V", false));
        code.add(new InsnNode(Opcodes.ATHROW));
        return method;
    }
}
