package org.eremite.image.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eremite.image.classpath.ApplicationJar;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.CodeLocation;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.testing.IsolatedRun;
import org.eremite.image.testing.JavaSources;
import org.eremite.image.testing.Javap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** What cannot be desugared is refused, naming class, method, bytecode offset and bootstrap method. */
class DesugarErrorsTest {
    @TempDir
    Path dir;

    private DesugaredClasses desugar(Map<String, byte[]> classes) {
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("app.jar"), classes, null));
        DesugaredClasses desugared = new DesugaredClasses(ClassPath.of(jar, JdkImage.ofBuildJdk()));
        desugared.desugarAll(jar);
        return desugared;
    }

    private Map<String, byte[]> compile(Map<String, String> sources, String... options) throws Exception {
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaSources.compile(sources, out, options);
        return JavaSources.classFiles(out);
    }

    /** {@code static void run(Object o) { aload_0; iconst_0; invokedynamic typeSwitch; pop; return }}. */
    private static byte[] classWithTypeSwitch() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "app/Switcher", null, "java/lang/Object",
                null);
        MethodVisitor run = writer.visitMethod(Opcodes.ACC_STATIC, "run", "(Ljava/lang/Object;)V", null, null);
        run.visitCode();
        run.visitVarInsn(Opcodes.ALOAD, 0); // offset 0
        run.visitInsn(Opcodes.ICONST_0); // offset 1
        run.visitInvokeDynamicInsn("typeSwitch", "(Ljava/lang/Object;I)I", new Handle(Opcodes.H_INVOKESTATIC,
                "java/lang/runtime/SwitchBootstraps", "typeSwitch", "(Ljava/lang/invoke/MethodHandles$Lookup;"
                + "Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;",
                false), Type.getType("Ljava/lang/String;")); // offset 2
        run.visitInsn(Opcodes.POP);
        run.visitInsn(Opcodes.RETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    @Test
    void anUnknownBootstrapIsRefusedWithClassMethodOffsetAndBootstrap() {
        UnsupportedBytecodeException e = assertThrows(UnsupportedBytecodeException.class,
                () -> desugar(Map.of("app/Switcher", classWithTypeSwitch())));
        assertEquals("app.Switcher.run(java.lang.Object) at bytecode offset 2: invokedynamic "
                + "typeSwitch(Ljava/lang/Object;I)I with bootstrap method java.lang.runtime.SwitchBootstraps.typeSwitch "
                + "is not supported (Eremite desugars string concatenation, lambdas and method references, and "
                + "records' toString, equals and hashCode)", e.getMessage());
        assertEquals(new CodeLocation("app/Switcher", "run", "(Ljava/lang/Object;)V", 2), e.location());
    }

    @Test
    void javacsPreviewPatternSwitchIsRefusedAtItsOffset() throws Exception {
        Map<String, byte[]> classes = compile(Map.of("app/Patterns.java", "package app; public class Patterns {\n"
                + "  static String kind(Object o) {\n"
                + "    return switch (o) { case String s -> \"string\"; case Integer i -> \"int\"; default -> \"?\"; };\n"
                + "  }\n"
                + "}\n"), "--enable-preview");
        Path classFile = dir.resolve("classes/app/Patterns.class");
        int offset = Javap.offsetOf(Javap.disassemble(classFile.toString()), "invokedynamic");
        UnsupportedBytecodeException e = assertThrows(UnsupportedBytecodeException.class, () -> desugar(classes));
        assertTrue(e.getMessage().startsWith("app.Patterns.kind(java.lang.Object) at bytecode offset " + offset
                + ": invokedynamic typeSwitch"), e.getMessage());
        assertTrue(e.getMessage().contains("bootstrap method java.lang.runtime.SwitchBootstraps.typeSwitch"),
                e.getMessage());
    }

    @Test
    void aDynamicConstantIsRefused() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "app/Condy", null, "java/lang/Object",
                null);
        MethodVisitor get = writer.visitMethod(Opcodes.ACC_STATIC, "get", "()Ljava/lang/Object;", null, null);
        get.visitCode();
        get.visitInsn(Opcodes.NOP); // offset 0
        get.visitLdcInsn(new ConstantDynamic("answer", "Ljava/lang/Object;", new Handle(Opcodes.H_INVOKESTATIC,
                "java/lang/invoke/ConstantBootstraps", "nullConstant", "(Ljava/lang/invoke/MethodHandles$Lookup;"
                + "Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false))); // offset 1
        get.visitInsn(Opcodes.ARETURN);
        get.visitMaxs(0, 0);
        get.visitEnd();
        writer.visitEnd();
        UnsupportedBytecodeException e = assertThrows(UnsupportedBytecodeException.class,
                () -> desugar(Map.of("app/Condy", writer.toByteArray())));
        assertEquals("app.Condy.get() at bytecode offset 1: a dynamic constant (ldc of CONSTANT_Dynamic answer) "
                + "with bootstrap method java.lang.invoke.ConstantBootstraps.nullConstant is not supported",
                e.getMessage());
    }

    @Test
    void methodHandleInvocationInApplicationCodeIsRefused() throws Exception {
        Map<String, byte[]> classes = compile(Map.of("app/Handles.java", "package app;\n"
                + "import java.lang.invoke.*;\n"
                + "public class Handles {\n"
                + "  static int call() throws Throwable {\n"
                + "    MethodHandle length = MethodHandles.lookup().findVirtual(String.class, \"length\",\n"
                + "        MethodType.methodType(int.class));\n"
                + "    return (int) length.invokeExact(\"four\");\n"
                + "  }\n"
                + "}\n"));
        int offset = Javap.offsetOf(Javap.disassemble(dir.resolve("classes/app/Handles.class").toString()),
                "MethodHandle.invokeExact");
        UnsupportedBytecodeException e = assertThrows(UnsupportedBytecodeException.class, () -> desugar(classes));
        assertEquals("app.Handles.call() at bytecode offset " + offset + ": a call of "
                + "java.lang.invoke.MethodHandle.invokeExact (signature-polymorphic, type (Ljava/lang/String;)I) is "
                + "not supported in application code: Eremite compiles no method handle or VarHandle invocation",
                e.getMessage());
    }

    @Test
    void varHandleAccessInApplicationCodeIsRefused() throws Exception {
        Map<String, byte[]> classes = compile(Map.of("app/Vars.java", "package app;\n"
                + "import java.lang.invoke.*;\n"
                + "public class Vars {\n"
                + "  int value;\n"
                + "  static final VarHandle VALUE;\n"
                + "  static { try { VALUE = MethodHandles.lookup().findVarHandle(Vars.class, \"value\", int.class); }\n"
                + "           catch (ReflectiveOperationException e) { throw new Error(e); } }\n"
                + "  boolean bump() { return VALUE.compareAndSet(this, 0, 1); }\n"
                + "}\n"));
        UnsupportedBytecodeException e = assertThrows(UnsupportedBytecodeException.class, () -> desugar(classes));
        assertTrue(e.getMessage().startsWith("app.Vars.bump() at bytecode offset "), e.getMessage());
        assertTrue(e.getMessage().contains("java.lang.invoke.VarHandle.compareAndSet"), e.getMessage());
    }

    @Test
    void theJdksOwnMethodHandleCallsAreLeftForSubstitutions() {
        JdkImage jdk = JdkImage.ofBuildJdk();
        DesugaredClasses classes = new DesugaredClasses(new ClassPath(List.of(jdk.javaBase()), jdk));
        assertTrue(classes.find("java/util/concurrent/atomic/AtomicReference").isPresent());
        assertTrue(classes.find("java/lang/invoke/MethodHandle").isPresent());
    }

    /**
     * javac never emits this shape ({@code super::m} becomes a lambda method), and HotSpot 17 itself fails on it:
     * its spun class invokes the special handle with the declaring class's type and throws
     * WrongMethodTypeException. The desugared class makes the call the handle denotes, from an accessor in the
     * caller, the only class allowed to make that {@code invokespecial}.
     */
    @Test
    void aSuperMethodHandleCallsTheSuperclassMethodThroughAnAccessor() throws Exception {
        Map<String, byte[]> classes = new TreeMap<>(compile(Map.of(
                "sup/Base.java", "package sup; public class Base { public String greet() { return \"Base.greet\"; } }",
                "sup/Sub.java", "package sup; public class Sub extends Base {\n"
                        + "  @Override public String greet() { return \"Sub.greet\"; }\n"
                        + "  public java.util.function.Supplier<String> viaSuper() { return null; }\n"
                        + "  public static void main(String[] args) {\n"
                        + "    System.out.println(new Sub().viaSuper().get() + \" \" + new Sub().greet());\n"
                        + "  }\n"
                        + "}\n")));
        classes.put("sup/Sub", SuperHandle.withSuperMethodReference(classes.get("sup/Sub")));
        assertTrue(IsolatedRun.run(classes, "sup/Sub").contains("WrongMethodTypeException"),
                "HotSpot 17 cannot run this shape");

        DesugaredClasses desugared = desugar(classes);
        Map<String, byte[]> output = new TreeMap<>();
        desugared.classes().stream().filter(c -> c.application())
                .forEach(c -> output.put(c.name(), desugared.classFile(c.name())));
        assertEquals(0, DesugarDifferentialTest.countInvokedynamic(output));
        assertTrue(desugared.find("sup/Sub").orElseThrow().node().methods.stream()
                .anyMatch(m -> m.name.startsWith("lambda$access$")), "an accessor in the caller");
        assertEquals("Base.greet Sub.greet\n", IsolatedRun.run(output, "sup/Sub"));
    }
}
