package org.eremite.image.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eremite.image.build.VmRoots;
import org.eremite.image.classpath.ApplicationJar;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.MissingClassException;
import org.eremite.image.desugar.DesugaredClasses;
import org.eremite.image.testing.JavaSources;
import org.eremite.image.testing.Javap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closed world of small programs: what must be reachable is, what cannot run is not. */
class ReachabilityTest {
    @TempDir
    Path dir;

    private DesugaredClasses classes(Map<String, String> sources) throws Exception {
        return classes(sources, name -> true);
    }

    /** Compiles, packs only the classes {@code keep} accepts, reads and desugars. */
    private DesugaredClasses classes(Map<String, String> sources, java.util.function.Predicate<String> keep)
            throws Exception {
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaSources.compile(sources, out);
        Map<String, byte[]> classFiles = new java.util.TreeMap<>(JavaSources.classFiles(out));
        classFiles.keySet().removeIf(keep.negate());
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("app.jar"), classFiles, null));
        DesugaredClasses classes = new DesugaredClasses(ClassPath.of(jar, JdkImage.ofBuildJdk()));
        classes.desugarAll(jar);
        return classes;
    }

    /** The JDK initialized in the guest, as the image builder does until the heap snapshot exists. */
    private ClosedWorld analyzeWithGuestJdk(DesugaredClasses classes, String main) {
        AnalysisRequest request = VmRoots.addGuestJdkStartup(AnalysisRequest.forMain(main));
        return new ReachabilityAnalysis(classes, request).run();
    }

    /** Only the application analyzed: every JDK class counts as initialized at build time. */
    private ClosedWorld analyzeApplicationOnly(DesugaredClasses classes, String main,
            Consumer<AnalysisRequest> configure) {
        AnalysisRequest request = AnalysisRequest.forMain(main).initializedAtBuildTime(n -> n.startsWith("java/")
                || n.startsWith("jdk/") || n.startsWith("sun/"));
        configure.accept(request);
        return new ReachabilityAnalysis(classes, request).run();
    }

    private static void printCounts(String program, ClosedWorld world, long millis) {
        System.out.printf("%-28s %,6d classes %,7d methods (%,d with bytecode, %,4d native) %,6d fields "
                + "%,5d instantiated %,5d initialized in the guest, %,d ms%n", program, world.classes().size(),
                world.methods().size(), world.methodsWithCode().size(), world.nativeMethods().size(),
                world.fields().size(), world.instantiatedClasses().size(), world.initializedAtRunTime().size(),
                millis);
    }

    /**
     * A lower bound for the setting "JDK initialized at build time": JDK static initializers are not followed and
     * no snapshot declares the JDK's objects instantiated yet, so calls on objects that only the snapshot holds
     * (System.out's PrintStream, for one) reach nothing.
     */
    private ClosedWorld printApplicationOnly(String program, DesugaredClasses classes, String main) {
        long start = System.nanoTime();
        ClosedWorld world = analyzeApplicationOnly(classes, main, r -> { });
        printCounts(program + " (JDK at build time)", world, (System.nanoTime() - start) / 1_000_000);
        return world;
    }

    private static MethodRef method(String owner, String name, String descriptor) {
        return new MethodRef(owner, name, descriptor);
    }

    @Test
    void helloWorldReachesPrintlnAndNotItsUnusedMethod() throws Exception {
        DesugaredClasses classes = classes(Map.of("hello/Hello.java", "package hello;\n"
                + "public class Hello {\n"
                + "  public static void main(String[] args) { System.out.println(\"Hello, world!\"); }\n"
                + "  static void unused() { new java.util.TreeMap<String, String>().put(\"a\", \"b\"); }\n"
                + "}\n"));
        long start = System.nanoTime();
        ClosedWorld world = analyzeWithGuestJdk(classes, "hello/Hello");
        printCounts("hello world (JDK in guest)", world, (System.nanoTime() - start) / 1_000_000);
        printApplicationOnly("hello world", classes, "hello/Hello");

        assertTrue(world.isReachable(MethodRef.main("hello/Hello")));
        assertTrue(world.isReachable(method("java/io/PrintStream", "println", "(Ljava/lang/String;)V")));
        assertTrue(world.isReachable(method("java/lang/System", "initPhase1", "()V")));
        assertTrue(world.initializedAtRunTime().contains("java/lang/System"));
        assertTrue(world.isInstantiated("java/io/PrintStream"), "initPhase1 makes System.out");
        assertTrue(world.nativeMethods().contains(method("java/lang/Object", "getClass", "()Ljava/lang/Class;")));
        assertTrue(world.isReachable(method("java/lang/System", "arraycopy",
                "(Ljava/lang/Object;ILjava/lang/Object;II)V")), "substituted by classlib: Java code now");
        assertFalse(world.isReachable(method("hello/Hello", "unused", "()V")));
        // JDK-FACTS: 2,246 classes, 15,375 methods, 230 natives in this setting, without following lambdas.
        assertTrue(world.classes().size() > 1_500 && world.classes().size() < 5_000, "classes");
        assertTrue(world.methods().size() > 10_000 && world.methods().size() < 30_000, "methods");
        assertTrue(world.nativeMethods().size() > 150 && world.nativeMethods().size() < 400, "natives");
        List<String> why = world.why(method("java/io/PrintStream", "println", "(Ljava/lang/String;)V"));
        assertTrue(why.get(why.size() - 1).endsWith("root: the application's main method")
                || why.get(why.size() - 1).contains("root: "), String.join("\n", why));
    }

    @Test
    void aProgramUsingFormatCollectionsAndBigDecimal() throws Exception {
        DesugaredClasses classes = classes(Map.of("calc/Main.java", "package calc;\n"
                + "import java.math.*;\n"
                + "import java.util.*;\n"
                + "public class Main {\n"
                + "  public static void main(String[] args) {\n"
                + "    Map<String, BigDecimal> prices = new HashMap<>();\n"
                + "    prices.put(\"tea\", new BigDecimal(\"2.50\"));\n"
                + "    prices.put(\"cake\", new BigDecimal(\"3.75\"));\n"
                + "    List<String> names = new ArrayList<>(prices.keySet());\n"
                + "    Collections.sort(names);\n"
                + "    BigDecimal total = BigDecimal.ZERO;\n"
                + "    for (String name : names) {\n"
                + "      total = total.add(prices.get(name));\n"
                + "      System.out.println(String.format(\"%-6s %8s\", name, prices.get(name)));\n"
                + "    }\n"
                + "    System.out.println(\"total \" + total.setScale(1, RoundingMode.HALF_UP) + \" \"\n"
                + "        + BigInteger.TWO.pow(100));\n"
                + "  }\n"
                + "  static BigDecimal unusedTax(BigDecimal x) { return x.multiply(BigDecimal.TEN); }\n"
                + "}\n"));
        long start = System.nanoTime();
        ClosedWorld world = analyzeWithGuestJdk(classes, "calc/Main");
        printCounts("calc (JDK in guest)", world, (System.nanoTime() - start) / 1_000_000);
        ClosedWorld own = printApplicationOnly("calc", classes, "calc/Main");
        assertTrue(own.isReachable(method("java/math/BigDecimal", "add",
                "(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;")));

        assertTrue(world.isReachable(method("java/math/BigDecimal", "add",
                "(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;")));
        assertTrue(world.isReachable(method("java/lang/String", "format",
                "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;")));
        assertTrue(world.isReachable(method("java/util/Formatter", "format",
                "(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/util/Formatter;")));
        assertTrue(world.isReachable(method("java/math/BigInteger", "pow", "(I)Ljava/math/BigInteger;")));
        assertTrue(world.isReachable(method("java/util/HashMap", "put",
                "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;")));
        assertTrue(world.isInstantiated("java/util/ArrayList"));
        assertFalse(world.isReachable(method("calc/Main", "unusedTax",
                "(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;")));
        assertTrue(world.signaturePolymorphicCalls().size() > 0, "the JDK's VarHandle uses are listed");
    }

    @Test
    void virtualCallsReachOnlyInstantiatedImplementations() throws Exception {
        DesugaredClasses classes = classes(Map.of("zoo/Main.java", "package zoo;\n"
                + "abstract class Animal { abstract String speak(); String name() { return \"animal\"; } }\n"
                + "class Dog extends Animal { String speak() { return \"woof\"; } }\n"
                + "class Cat extends Animal { String speak() { return \"meow\"; } String name() { return \"cat\"; } }\n"
                + "interface Greeter { default String greet() { return \"hi\"; } }\n"
                + "class Polite implements Greeter { public String greet() { return \"good day\"; } }\n"
                + "class Plain implements Greeter { }\n"
                + "public class Main {\n"
                + "  public static void main(String[] args) {\n"
                + "    Animal a = new Dog();\n"
                + "    a.speak();\n"
                + "    a.name();\n"
                + "    Greeter g = new Plain();\n"
                + "    g.greet();\n"
                + "    Runnable r = () -> new Cat();\n"
                + "  }\n"
                + "  void unusedInstance() { }\n"
                + "}\n"));
        ClosedWorld world = analyzeApplicationOnly(classes, "zoo/Main", r -> { });
        assertTrue(world.isReachable(method("zoo/Dog", "speak", "()Ljava/lang/String;")));
        assertTrue(world.isReachable(method("zoo/Animal", "name", "()Ljava/lang/String;")));
        assertFalse(world.isReachable(method("zoo/Cat", "speak", "()Ljava/lang/String;")),
                "Cat is never instantiated (its lambda never runs)");
        assertFalse(world.isReachable(method("zoo/Cat", "name", "()Ljava/lang/String;")));
        assertFalse(world.isInstantiated("zoo/Cat"));
        assertTrue(world.isInstantiated("zoo/Main$$Lambda$1"), "the lambda object exists");
        assertFalse(world.isReachable("zoo/Cat"), "but nothing calls it, so Cat is not even loaded");
        assertTrue(world.isReachable(method("zoo/Greeter", "greet", "()Ljava/lang/String;")), "the default method");
        assertFalse(world.isReachable(method("zoo/Polite", "greet", "()Ljava/lang/String;")));
        assertFalse(world.isReachable(method("zoo/Main", "unusedInstance", "()V")));
        assertEquals(java.util.Set.of(method("zoo/Dog", "speak", "()Ljava/lang/String;")),
                world.virtualTargets().get(method("zoo/Animal", "speak", "()Ljava/lang/String;")));
    }

    @Test
    void moreInstantiatedTypesMakeMoreCodeReachable() throws Exception {
        DesugaredClasses classes = classes(Map.of("inc/Main.java", "package inc;\n"
                + "public class Main {\n"
                + "  interface Task { void run(); }\n"
                + "  static class Later implements Task { public void run() { helper(); } }\n"
                + "  static void helper() { }\n"
                + "  static Task task;\n"
                + "  public static void main(String[] args) { if (task != null) task.run(); }\n"
                + "}\n"));
        AnalysisRequest request = AnalysisRequest.forMain("inc/Main").initializedAtBuildTime(n -> n.startsWith("java/"));
        ReachabilityAnalysis analysis = new ReachabilityAnalysis(classes, request);
        ClosedWorld before = analysis.run();
        assertFalse(before.isReachable(method("inc/Main$Later", "run", "()V")));
        analysis.addInstantiated("inc/Main$Later", "found in the heap snapshot");
        ClosedWorld after = analysis.run();
        assertTrue(after.isReachable(method("inc/Main$Later", "run", "()V")));
        assertTrue(after.isReachable(method("inc/Main", "helper", "()V")));
        assertEquals(List.of("inc.Main.helper(): called by inc.Main$Later.run() at bytecode offset 0",
                "inc.Main$Later.run(): called (on an instance of inc.Main$Later) by inc.Main.main(java.lang.String[]) "
                        + "at bytecode offset 9",
                "inc.Main.main(java.lang.String[]): root: the application's main method"),
                after.why(method("inc/Main", "helper", "()V")));
    }

    @Test
    void staticInitializersRunOnActiveUseUnlessInitializedAtBuildTime() throws Exception {
        DesugaredClasses classes = classes(Map.of("init/Main.java", "package init;\n"
                + "class Base { static int x = compute(); static int compute() { return 1; } }\n"
                + "class Derived extends Base { }\n"
                + "interface WithDefault { Object MARK = new Object(); default void d() { } }\n"
                + "interface WithoutDefault { Object MARK = new Object(); void m(); }\n"
                + "class Impl implements WithDefault, WithoutDefault { public void m() { } }\n"
                + "class Constants { static final int ANSWER = 42; static { System.out.println(); } }\n"
                + "public class Main {\n"
                + "  public static void main(String[] args) { new Derived(); new Impl(); int a = Constants.ANSWER; }\n"
                + "}\n"));
        ClosedWorld world = analyzeApplicationOnly(classes, "init/Main", r -> { });
        assertTrue(world.initializedAtRunTime().contains("init/Base"), "the superclass of an instantiated class");
        assertTrue(world.isReachable(method("init/Base", "compute", "()I")));
        assertTrue(world.isReachable(method("init/WithDefault", "<clinit>", "()V")), "declares a default method");
        assertFalse(world.isReachable(method("init/WithoutDefault", "<clinit>", "()V")), "no default method");
        assertFalse(world.initializedAtRunTime().contains("init/Constants"), "constants are inlined by javac");

        ClosedWorld buildTime = analyzeApplicationOnly(classes, "init/Main",
                r -> r.initializedAtBuildTime(n -> !n.equals("init/Main") && !n.equals("init/Derived")));
        assertTrue(buildTime.initializedAtBuildTime().contains("init/Base"));
        assertFalse(buildTime.isReachable(method("init/Base", "<clinit>", "()V")));
        assertFalse(buildTime.isReachable(method("init/Base", "compute", "()I")));
    }

    @Test
    void aMissingClassIsNamedWithTheMethodAndOffsetThatNeedIt() throws Exception {
        DesugaredClasses classes = classes(Map.of(
                "app/Main.java", "package app;\n"
                        + "public class Main {\n"
                        + "  public static void main(String[] args) { System.out.println(args.length); helper(); }\n"
                        + "  static void helper() { new Gone().run(); }\n"
                        + "}\n",
                "app/Gone.java", "package app; class Gone { void run() { } }\n"), name -> !name.equals("app/Gone"));
        int offset = Javap.offsetOf(Javap.disassemble(dir.resolve("classes/app/Main.class").toString()),
                "// class app/Gone");
        MissingClassException e = assertThrows(MissingClassException.class,
                () -> analyzeApplicationOnly(classes, "app/Main", r -> { }));
        assertEquals("app/Gone", e.className());
        assertTrue(e.getMessage().startsWith("class app.Gone is not on the class path (searched app.jar, java.base); "
                + "referenced by app.Main.helper() at bytecode offset " + offset + "\n"), e.getMessage());
        assertTrue(e.getMessage().contains("app.Main.helper(): called by app.Main.main(java.lang.String[]) at "
                + "bytecode offset "), e.getMessage());
    }

    @Test
    void aClassOfAnotherJdkModuleIsNamedWithItsModule() throws Exception {
        DesugaredClasses classes = classes(Map.of("db/Main.java", "package db;\n"
                + "public class Main {\n"
                + "  public static void main(String[] args) { System.out.println(new java.sql.Date(0L).getTime()); }\n"
                + "}\n"));
        MissingClassException e = assertThrows(MissingClassException.class,
                () -> analyzeApplicationOnly(classes, "db/Main", r -> { }));
        assertTrue(e.getMessage().startsWith("class java.sql.Date is in the JDK module java.sql, which an image does "
                + "not contain (an image has java.base only); referenced by db.Main.main(java.lang.String[]) at "
                + "bytecode offset 3"), e.getMessage());

        ClosedWorld lenient = analyzeApplicationOnly(classes, "db/Main", AnalysisRequest::allowMissingClasses);
        assertTrue(lenient.missingClasses().containsKey("java/sql/Date"));
    }
}
