package org.eremite.vm.compiler.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.magic.Magic;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The framework's routing of {@link Magic}: every Magic method compiles to its {@link MagicTemplates} emitter and
 * never to a call, the context is not asked about it, and a Magic method the compiler does not know is an error
 * naming it. The templates are a recording proxy, so this checks the framework alone, for every ISA.
 */
class MagicDispatchTest {
    /** Uses Magic the way VM code will: javac's bytecode for loads, stores and frame walks. */
    static final class MagicUser {
        static int sumTwoInts(long address) {
            return Magic.loadInt(address) + Magic.loadInt(address, 4);
        }

        static void copyByte(long from, long to) {
            Magic.storeByte(to, 0, Magic.loadByte(from));
        }

        static Object roundTrip(Object o) {
            return Magic.toObject(Magic.addressOf(o));
        }

        static Object initializeThenValues(long initializer, long values) {
            Magic.callVoid(initializer);
            return Magic.callObject(values);
        }

        static void enterHandler(long pc, long stackPointer, long framePointer) {
            Magic.resume(pc, stackPointer, framePointer);
        }

        static long callerReturnAddress() {
            Magic.fence();
            return Magic.returnAddress(Magic.callerFramePointer(Magic.framePointer()));
        }
    }

    @Test
    void magicCallsCompileToTheirEmittersWithoutCallsOrContextQueries() throws IOException {
        ClassFile user = ClassFileParser.parse(classBytes(MagicUser.class));
        assertEquals(List.of("magicLoadInt(false)", "magicLoadInt(true)"), magicEmitters(user, "sumTwoInts"));
        assertEquals(List.of("magicLoadByte(false)", "magicStoreByte(true)"), magicEmitters(user, "copyByte"));
        assertEquals(List.of("magicAddressOf()", "magicToObject()"), magicEmitters(user, "roundTrip"));
        assertEquals(List.of("magicFence()", "magicFramePointer()", "magicCallerFramePointer()",
                "magicReturnAddress()"), magicEmitters(user, "callerReturnAddress"));
        assertEquals(List.of("magicCallVoid()", "magicCallObject()"), magicEmitters(user, "initializeThenValues"));
        assertEquals(List.of("magicResume()"), magicEmitters(user, "enterHandler"));
    }

    @Test
    void everyMagicMethodHasAnIntrinsic() {
        List<Method> intrinsics = new ArrayList<>();
        for (Method method : Magic.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
                intrinsics.add(method);
            }
        }
        assertTrue(intrinsics.size() >= 40, "Magic's intrinsics: " + intrinsics.size());
        ClassWriter writer = callerClass();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < intrinsics.size(); i++) {
            Method m = intrinsics.get(i);
            names.add("call" + i);
            callOf(writer, "call" + i, Magic.INTERNAL_NAME, m.getName(), Type.getMethodDescriptor(m));
        }
        ClassFile caller = ClassFileParser.parse(writer.toByteArray());
        for (int i = 0; i < intrinsics.size(); i++) {
            Method m = intrinsics.get(i);
            assertEquals(List.of(expectedEmitter(m)), magicEmitters(caller, names.get(i)), m.toString());
        }
    }

    @Test
    void anUnknownMagicMethodIsAnErrorNamingIt() {
        ClassWriter writer = callerClass();
        callOf(writer, "unknownName", Magic.INTERNAL_NAME, "peek", "(J)J");
        callOf(writer, "wrongDescriptor", Magic.INTERNAL_NAME, "loadInt", "(I)I");
        ClassFile caller = ClassFileParser.parse(writer.toByteArray());
        CompilationException unknown = assertThrows(CompilationException.class,
                () -> magicEmitters(caller, "unknownName"));
        assertTrue(unknown.getMessage().contains("Magic has no intrinsic peek(J)J"), unknown.getMessage());
        assertEquals(1, unknown.offset(), "the invokestatic after lconst_0");
        CompilationException wrong = assertThrows(CompilationException.class,
                () -> magicEmitters(caller, "wrongDescriptor"));
        assertTrue(wrong.getMessage().contains("loadInt(I)I") && wrong.getMessage().contains("wrongDescriptor"),
                wrong.getMessage());
    }

    @Test
    void hostBodiesRefuseToRunAndSayTheyAreIntrinsics() {
        assertEquals(Magic.class.getName().replace('.', '/'), Magic.INTERNAL_NAME);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Magic.loadLong(0x1000L));
        assertTrue(e.getMessage().contains("Magic.loadLong is a compiler intrinsic"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, Magic::fence);
    }

    // ---------------------------------------------------------------- helpers

    /** {@code magic<Name>(withOffset)} for a load or store, {@code magic<Name>()} otherwise. */
    private static String expectedEmitter(Method m) {
        String name = m.getName();
        String emitter = "magic" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (name.startsWith("load")) {
            return emitter + "(" + (m.getParameterCount() == 2) + ")";
        } else if (name.startsWith("store")) {
            return emitter + "(" + (m.getParameterCount() == 3) + ")";
        }
        return emitter + "()";
    }

    /** Compiles {@code methodName} of {@code classFile} and returns the Magic emitters called, in order. */
    private static List<String> magicEmitters(ClassFile classFile, String methodName) {
        List<String> calls = new ArrayList<>();
        BaselineTemplates templates = (BaselineTemplates) Proxy.newProxyInstance(
                MagicDispatchTest.class.getClassLoader(), new Class<?>[] {BaselineTemplates.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("invoke")) {
                        throw new AssertionError("a Magic method compiled to a call: " + name);
                    }
                    if (name.startsWith("magic")) {
                        calls.add(name + "(" + (args == null ? "" : String.valueOf(args[0])) + ")");
                    }
                    Class<?> type = method.getReturnType();
                    return type == int.class ? 0 : type == byte[].class ? new byte[0]
                            : type == List.class ? List.of() : null;
                });
        CompilationContext context = (CompilationContext) Proxy.newProxyInstance(
                MagicDispatchTest.class.getClassLoader(), new Class<?>[] {CompilationContext.class},
                (proxy, method, args) -> {
                    // Asked once per method, for the prologue: is this the method that implements the entry?
                    if (method.getName().equals("runtimeEntry") && args[0] == RuntimeEntry.THROW_STACK_OVERFLOW) {
                        return SymbolNames.runtime(RuntimeEntry.THROW_STACK_OVERFLOW);
                    }
                    throw new AssertionError("the context was asked " + method.getName() + " for a Magic call");
                });
        BaselineBackend backend = new BaselineBackend() {
            @Override
            public String isa() {
                return "recording";
            }

            @Override
            public BaselineTemplates newTemplates(MethodCompilation method, CompilationContext c, boolean listing) {
                return templates;
            }
        };
        for (MethodInfo method : classFile.methods()) {
            if (method.name().equals(methodName)) {
                new BaselineCompiler(context, backend).compile(classFile, method);
                return calls;
            }
        }
        throw new IllegalArgumentException(classFile.thisClass() + " has no method " + methodName);
    }

    private static ClassWriter callerClass() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, "test/MagicCaller", null,
                "java/lang/Object", null);
        return writer;
    }

    /** A static method that pushes a zero of each parameter type, calls {@code owner.name}, drops the result. */
    private static void callOf(ClassWriter writer, String method, String owner, String name, String descriptor) {
        MethodVisitor mv = writer.visitMethod(Opcodes.ACC_STATIC, method, "()V", null, null);
        mv.visitCode();
        for (Type parameter : Type.getArgumentTypes(descriptor)) {
            switch (parameter.getSort()) {
                case Type.LONG -> mv.visitInsn(Opcodes.LCONST_0);
                case Type.FLOAT -> mv.visitInsn(Opcodes.FCONST_0);
                case Type.DOUBLE -> mv.visitInsn(Opcodes.DCONST_0);
                case Type.OBJECT, Type.ARRAY -> mv.visitInsn(Opcodes.ACONST_NULL);
                default -> mv.visitInsn(Opcodes.ICONST_0);
            }
        }
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, descriptor, false);
        int resultSize = Type.getReturnType(descriptor).getSize();
        if (resultSize == 1) {
            mv.visitInsn(Opcodes.POP);
        } else if (resultSize == 2) {
            mv.visitInsn(Opcodes.POP2);
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        String name = type.getName();
        try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }
}
