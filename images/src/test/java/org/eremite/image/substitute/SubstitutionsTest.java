package org.eremite.image.substitute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eremite.image.classpath.ClassFile;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.classpath.VmClasses;
import org.eremite.image.desugar.ClassWriting;
import org.eremite.image.desugar.DesugaredClasses;
import org.eremite.image.testing.BytecodeVerifier;
import org.eremite.image.testing.IsolatedRun;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Merging substitution classes into their targets: a test class whose merged form runs on HotSpot in a fresh class
 * loader (before and after desugaring), and two real JDK classes whose natives are replaced. The substitution
 * classes are the test sources under {@code fixtures/}, read as the builder reads the VM's classes.
 */
class SubstitutionsTest {
    static final String FIXTURES = "org/eremite/image/substitute/fixtures/";
    static final String GREETER = FIXTURES + "greeter/Greeter";
    static final String TARGET_GREETER = FIXTURES + "greeter/Target_Greeter";
    static final String HELPER = FIXTURES + "greeter/GreeterHelper";
    static final JdkImage JDK = JdkImage.ofBuildJdk();

    /** What {@code Greeter.main} prints with the substitution: trimmed name, counts, helper, lambda, shift. */
    static final String SUBSTITUTED_OUTPUT = "<hello world #1> (1 so far, exactly)\n"
            + "<hello world #2> (2 so far, exactly)\n"
            + "world?!\n"
            + "42\n"
            + "2\n";

    /** The test classes folder, which holds the fixtures: a class path directory like {@code target/classes}. */
    static Path testClasses() throws Exception {
        return Path.of(SubstitutionsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static VmClasses fixtures(String packagePrefix) throws Exception {
        return new VmClasses(List.of(testClasses()), List.of(packagePrefix));
    }

    /** The fixtures as the VM's classes, and their substitutions, in front of java.base. */
    private static DesugaredClasses desugared(String packagePrefix) throws Exception {
        VmClasses vm = fixtures(packagePrefix);
        ClassPath classPath = new ClassPath(List.of(vm, JDK.javaBase()), JDK);
        Substitutions substitutions = Substitutions.scan(vm, List.of(packagePrefix));
        substitutions.checkTargets(classPath);
        return new DesugaredClasses(classPath, substitutions);
    }

    private static ParsedClass merged(Substitutions substitutions, ClassFile target) {
        return substitutions.parse(target, false);
    }

    private static MethodNode method(ClassNode node, String name, String descriptor) {
        for (MethodNode method : node.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return method;
            }
        }
        return null;
    }

    private static FieldNode field(ClassNode node, String name) {
        for (FieldNode field : node.fields) {
            if (field.name.equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** ASM's structural check of a class file (throws on a malformed one). */
    private static void checkStructure(byte[] classFile) {
        new ClassReader(classFile).accept(new CheckClassAdapter(new ClassWriter(0), true), 0);
    }

    private static boolean names(byte[] classFile, String internalName) {
        return new String(classFile, StandardCharsets.ISO_8859_1).contains(internalName);
    }

    @Test
    void theMergedClassRunsAsSubstitutedOnHotSpot() throws Exception {
        VmClasses vm = fixtures(FIXTURES + "greeter/");
        Substitutions substitutions = Substitutions.scan(vm, vm.packages());
        assertEquals(List.of(GREETER), List.copyOf(substitutions.targets()));
        ParsedClass greeter = merged(substitutions, new ClassFile(GREETER, vm.read(GREETER).orElseThrow(), vm));
        byte[] greeterFile = ClassWriting.toBytes(greeter.node());
        byte[] helperFile = substitutions.rename(vm.read(HELPER).orElseThrow());
        checkStructure(greeterFile);
        checkStructure(helperFile);

        Map<String, byte[]> program = Map.of(GREETER, greeterFile, HELPER, helperFile);
        StringWriter verifier = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(greeterFile), new IsolatedRun.ProgramLoader(program), false,
                new PrintWriter(verifier));
        assertEquals("", verifier.toString());
        assertEquals(SUBSTITUTED_OUTPUT, IsolatedRun.run(program, GREETER));
    }

    @Test
    void substitutedMethodsTakeTheBodyAndKeepTheTargetsDeclaration() throws Exception {
        VmClasses vm = fixtures(FIXTURES + "greeter/");
        Substitutions substitutions = Substitutions.scan(vm, vm.packages());
        ClassNode node = merged(substitutions, new ClassFile(GREETER, vm.read(GREETER).orElseThrow(), vm)).node();

        MethodNode greet = method(node, "greet", "()Ljava/lang/String;");
        assertEquals(Opcodes.ACC_PUBLIC, greet.access, "public as the target's, and no longer native");
        assertTrue(greet.instructions.size() > 0);
        MethodNode twice = method(node, "twice", "(I)I");
        assertEquals(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, twice.access);
        assertTrue(java.util.Arrays.stream(twice.instructions.toArray()).anyMatch(i -> i.getOpcode() == Opcodes.ISHL),
                "the substitution's body (x << 1)");
        MethodNode constructor = method(node, "<init>", "(Ljava/lang/String;)V");
        assertEquals(Opcodes.ACC_PUBLIC, constructor.access, "the target's constructor was public, the substitution's "
                + "package-private");
        assertTrue(java.util.Arrays.stream(constructor.instructions.toArray())
                .anyMatch(i -> i instanceof MethodInsnNode m && m.name.equals("trim")),
                "the substitution's constructor");
        assertEquals(1, node.methods.stream().filter(m -> m.name.equals("<init>")).count(),
                "the substitution's own constructor is not copied");

        assertNull(method(node, "decorate", "()V"));
        assertEquals(Opcodes.ACC_PRIVATE, method(node, "decorate", "(Ljava/lang/String;)Ljava/lang/String;").access,
                "an aliased method stays the target's");
        assertEquals(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, field(node, "name").access, "aliased field kept");
        FieldNode history = field(node, "history");
        assertNotNull(history, "injected field");
        assertEquals("Ljava/util/List;", history.desc);
        assertNull(history.invisibleAnnotations, "the @Inject marker is not copied");
        assertNotNull(method(node, "history", "()Ljava/util/List;"), "injected method");

        assertNotNull(method(node, "lambda$shout$0", "()Ljava/lang/String;"), "the target's own lambda body stays");
        MethodNode lambda = method(node, "lambda$shout$0$Target_Greeter", "()Ljava/lang/String;");
        assertNotNull(lambda, "the substitution's lambda body, renamed because the target uses its name");
        assertTrue((lambda.access & Opcodes.ACC_SYNTHETIC) != 0);
        InvokeDynamicInsnNode site = (InvokeDynamicInsnNode) java.util.Arrays.stream(
                method(node, "shout", "()Ljava/lang/String;").instructions.toArray())
                .filter(i -> i instanceof InvokeDynamicInsnNode).findFirst().orElseThrow();
        assertEquals("(L" + GREETER + ";)Ljava/util/function/Supplier;", site.desc);
        org.objectweb.asm.Handle implementation = (org.objectweb.asm.Handle) site.bsmArgs[1];
        assertEquals(GREETER, implementation.getOwner());
        assertEquals("lambda$shout$0$Target_Greeter", implementation.getName());

        assertEquals("Greeter.java", node.sourceFile, "the target's source file stays (documented)");
        assertTrue(greet.instructions.size() > 0 && java.util.Arrays.stream(greet.instructions.toArray())
                .anyMatch(i -> i instanceof org.objectweb.asm.tree.LineNumberNode), "line numbers are copied");
        assertFalse(names(ClassWriting.toBytes(node), TARGET_GREETER), "no reference to the substitution class left");

        SubstitutionStatistics.Counts counts = substitutions.statistics().of(GREETER).orElseThrow();
        assertEquals(new SubstitutionStatistics.Counts(GREETER, List.of(TARGET_GREETER), 4, 1, 1, 2, 1, 1), counts);
    }

    @Test
    void mergedCodeKeepsTheOffsetsOfTheSubstitutionsClassFile() throws Exception {
        VmClasses vm = fixtures(FIXTURES + "greeter/");
        Substitutions substitutions = Substitutions.scan(vm, vm.packages());
        ParsedClass greeter = merged(substitutions, new ClassFile(GREETER, vm.read(GREETER).orElseThrow(), vm));
        String javap = org.eremite.image.testing.Javap.disassemble(testClasses().resolve(TARGET_GREETER + ".class")
                .toString());
        int trim = org.eremite.image.testing.Javap.offsetOf(javap, "String.trim");
        AbstractInsnNode call = java.util.Arrays.stream(method(greeter.node(), "<init>", "(Ljava/lang/String;)V")
                .instructions.toArray()).filter(i -> i instanceof MethodInsnNode m && m.name.equals("trim"))
                .findFirst().orElseThrow();
        assertEquals(trim, greeter.offsets().offsetOf(call));
        assertTrue(greeter.origin().endsWith("substituted by " + TARGET_GREETER.replace('/', '.')), greeter.origin());
    }

    @Test
    void helperClassesNameTheTargetEverywhere() throws Exception {
        VmClasses vm = fixtures(FIXTURES + "greeter/");
        Substitutions substitutions = Substitutions.scan(vm, vm.packages());
        byte[] original = vm.read(HELPER).orElseThrow();
        assertTrue(substitutions.mentionsSubstitution(original));
        assertTrue(names(original, TARGET_GREETER));
        byte[] renamed = substitutions.rename(original);
        assertFalse(names(renamed, TARGET_GREETER), "descriptor, signature, cast, ldc, handle, annotation renamed");
        ClassNode node = new ClassNode();
        new ClassReader(renamed).accept(node, 0);
        assertEquals("Ljava/util/List<L" + GREETER + ";>;", field(node, "seen").signature);
        assertEquals("L" + GREETER + ";", node.visibleAnnotations.get(0).values.get(1).toString());
        assertNotNull(method(node, "summary", "(L" + GREETER + ";)Ljava/lang/String;"));
        assertEquals(HELPER, node.name, "a helper keeps its own name");

        byte[] unrelated = vm.read(GREETER).orElseThrow();
        assertFalse(substitutions.mentionsSubstitution(unrelated));
        assertTrue(substitutions.rename(unrelated) == unrelated, "a class naming no substitution is left as it is");
        assertEquals(GREETER, substitutions.remapper().mapType(TARGET_GREETER));
        assertEquals("java/lang/String", substitutions.remapper().mapType("java/lang/String"));
    }

    @Test
    void desugaredClassesReturnTheMergedClassAndDesugarItsCode() throws Exception {
        DesugaredClasses classes = desugared(FIXTURES + "greeter/");
        ParsedClass greeter = classes.find(GREETER).orElseThrow();
        assertNotNull(field(greeter.node(), "history"), "merged when read");
        assertTrue(classes.find(TARGET_GREETER).isEmpty(), "a substitution class is no class of the image");
        assertEquals("class " + TARGET_GREETER.replace('/', '.') + " is a substitution of " + GREETER.replace('/', '.')
                + ", merged into it: it is no class of the image", classes.whyMissing(TARGET_GREETER));
        ParsedClass helper = classes.find(HELPER).orElseThrow();
        assertNotNull(method(helper.node(), "summary", "(L" + GREETER + ";)Ljava/lang/String;"), "renamed when read");

        BytecodeVerifier verifier = new BytecodeVerifier(classes);
        Map<String, byte[]> program = new LinkedHashMap<>();
        for (ParsedClass parsed : List.copyOf(classes.classes())) {
            if (parsed.name().startsWith(FIXTURES)) {
                assertEquals(List.of(), verifier.problems(parsed.node()), "desugared, verified: " + parsed.name());
                program.put(parsed.name(), classes.classFile(parsed.name()));
            }
        }
        assertTrue(program.keySet().stream().anyMatch(n -> n.startsWith(GREETER + "$$Lambda$")),
                "the substitution's lambda became a class: " + program.keySet());
        assertEquals(SUBSTITUTED_OUTPUT, IsolatedRun.run(program, GREETER));
    }

    @Test
    void jdkNativesAreReplacedByJavaBodiesOrExternRoutines() throws Exception {
        DesugaredClasses classes = desugared(FIXTURES + "jdk/");
        ClassNode math = classes.find("java/lang/StrictMath").orElseThrow().node();
        MethodNode sin = method(math, "sin", "(D)D");
        assertEquals(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, sin.access, "no longer native");
        assertTrue(sin.instructions.size() > 0);
        MethodNode cos = method(math, "cos", "(D)D");
        assertTrue(java.util.Arrays.stream(cos.instructions.toArray()).anyMatch(i -> i instanceof MethodInsnNode m
                && m.owner.equals("java/lang/StrictMath") && m.name.equals("floorOrCeil")), "alias resolved");
        MethodNode sqrt = method(math, "sqrt", "(D)D");
        assertEquals(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, sqrt.access);
        assertTrue(sqrt.invisibleAnnotations.stream().anyMatch(a -> a.desc.equals("Lorg/eremite/vm/annotation/Extern;")
                && a.values.equals(List.of("value", "eremite_sqrt"))), "the @Extern routine is named on the method");
        assertTrue((method(math, "tan", "(D)D").access & Opcodes.ACC_NATIVE) != 0, "what is not substituted stays");
        FieldNode calls = field(math, "calls");
        assertEquals(Opcodes.ACC_STATIC, calls.access);
        assertEquals(List.of(), new BytecodeVerifier(classes).problems(math));
        checkStructure(classes.classFile("java/lang/StrictMath"));

        ClassNode object = classes.find("java/lang/Object").orElseThrow().node();
        MethodNode hashCode = method(object, "hashCode", "()I");
        assertEquals(Opcodes.ACC_PUBLIC, hashCode.access, "no longer native");
        assertTrue(hashCode.visibleAnnotations.stream().anyMatch(a -> a.desc.contains("IntrinsicCandidate")),
                "the target's annotations stay");
        assertNotNull(field(object, "identityHash"));
        assertTrue((method(object, "getClass", "()Ljava/lang/Class;").access & Opcodes.ACC_NATIVE) != 0);
        assertEquals(List.of(), new BytecodeVerifier(classes).problems(object));
        checkStructure(classes.classFile("java/lang/Object"));

        Map<String, SubstitutionStatistics.Counts> stats = classes.substitutions().statistics().perTarget();
        assertEquals(3, stats.get("java/lang/StrictMath").substitutedMethods());
        assertEquals(1, stats.get("java/lang/StrictMath").aliasedMethods());
        assertEquals(1, stats.get("java/lang/StrictMath").injectedFields());
        assertEquals(1, stats.get("java/lang/Object").substitutedMethods());
        assertEquals(4, classes.substitutions().statistics().total().substitutedMethods());
    }

    @Test
    void noSubstitutionsLeaveClassesAsParsed() throws Exception {
        VmClasses vm = fixtures(FIXTURES + "greeter/");
        ClassFile file = new ClassFile(GREETER, vm.read(GREETER).orElseThrow(), vm);
        ParsedClass parsed = Substitutions.none().parse(file, false);
        assertTrue((method(parsed.node(), "greet", "()Ljava/lang/String;").access & Opcodes.ACC_NATIVE) != 0);
        assertTrue(Substitutions.none().isEmpty());
        assertTrue(Substitutions.ofClassPath(new ClassPath(List.of(JDK.javaBase()), JDK)).isEmpty());
    }
}
