package org.eremite.image.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eremite.image.ImageBuildException;
import org.eremite.image.build.BuildReport;
import org.eremite.image.build.VmRoots;
import org.eremite.image.classpath.ApplicationJar;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.desugar.DesugaredClasses;
import org.eremite.image.heap.BootHeap;
import org.eremite.image.heap.BootHeapWriter;
import org.eremite.image.heap.SnapshotPolicy;
import org.eremite.image.reach.AnalysisRequest;
import org.eremite.image.reach.ClosedWorld;
import org.eremite.image.reach.FieldRef;
import org.eremite.image.reach.MethodRef;
import org.eremite.image.reach.ReachabilityAnalysis;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.baseline.BaselineCompiler;
import org.eremite.vm.compiler.baseline.CompilationException;
import org.eremite.vm.compiler.baseline.CompiledMethod;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.compiler.baseline.SymbolNames;
import org.eremite.vm.runtime.CodeInfo;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The image builder (DESIGN.md, the pipeline): read and desugar the application with java.base and the VM's own
 * classes; analyze the closed world from the VM's entry and {@code main}; initialize the JDK's classes on the host
 * and snapshot their statics, feeding the types of the snapshot back into the analysis until nothing new appears;
 * compile every reachable method; lay out the boot heap (statics, hubs, class objects, string literals, the code
 * map); link it all with the boot stub.
 *
 * <p>Class initialization: classes of java.base and of the VM are initialized at build time (on the host, by the
 * builder's own JVM), except those the snapshot policy names; application classes are initialized in the guest,
 * in the order JVMS 5.5 prescribes, by barriers the compiler emits.
 */
public final class ImageBuilder {
    /** The phases {@link #build} reports. */
    public static final int PHASES = 5;
    public static final String VM_ENTRY = "org/eremite/vm/runtime/VmEntry";
    public static final String VM_ENTRY_START = "(J)I";
    static final String MAGIC = "org/eremite/vm/magic/Magic";

    /** What the build produced. */
    public record Result(String mainClass, ClosedWorld world, List<CompiledMethod> compiled, BootHeap heap,
            LinkedImage image) {
    }

    private final BuildReport report;
    private DesugaredClasses classes;
    private GuestClasses guest;
    private ReachabilityAnalysis analysis;
    private ClosedWorld world;
    private String mainClass;
    private final Set<String> runTimeInitialized = new HashSet<>();
    private final SnapshotPolicy policy = SnapshotPolicy.jdkDefaults();

    public ImageBuilder(BuildReport report) {
        this.report = report;
    }

    /** Builds the image of {@code jar} with main class {@code requestedMain} (dotted; null: the manifest's). */
    public Result build(Path jar, String requestedMain) {
        if (!BootHeapWriter.hostArraysAreGuestArrays()) {
            throw new ImageBuildException("the image builder must run on HotSpot with -XX:-UseCompressedOops "
                    + "-XX:-UseCompressedClassPointers (bin/eremite sets them): the JDK's snapshotted array offsets "
                    + "must be the guest's");
        }
        ApplicationJar application = report.phase("Reading classes", () -> read(jar, requestedMain),
                a -> BuildReport.count(a.classNames().size(), "application class", "application classes")
                        + ", main class " + mainClass.replace('/', '.'));
        report.phase("Analyzing reachability", this::analyze,
                w -> BuildReport.count(w.classes().size()) + " classes, " + BuildReport.count(w.methods().size())
                        + " methods, " + BuildReport.count(runTimeInitialized.size()) + " classes initialized in "
                        + "the guest");
        ImageWorld context = new ImageWorld(guest, world, this::initializedAtBuildTime);
        List<CompiledMethod> compiled = report.phase("Compiling methods", () -> compile(context),
                c -> BuildReport.count(c.size()) + " methods, " + BuildReport.count(bytecodeBytes) + " bytecode "
                        + "bytes -> " + BuildReport.count(codeBytes) + " machine code bytes");
        HubBuilder hubs = new HubBuilder(context, this::initializedAtBuildTime, this::inJavaBase);
        makeHubs(context, hubs);
        compileLinkErrors(context, compiled);
        BootHeap heap = report.phase("Laying out the boot heap", () -> layOut(context, hubs, compiled),
                h -> BuildReport.count(h.objectCount()) + " objects, " + BuildReport.count(h.size()) + " bytes");
        LinkedImage image = report.phase("Linking the image", () -> ImageLinker.link(compiled, heap, vmEntrySymbol()),
                i -> BuildReport.count(i.fileSize()) + " bytes");
        return new Result(mainClass, world, compiled, heap, image);
    }

    // ---------------------------------------------------------------- read

    private ApplicationJar read(Path jar, String requestedMain) {
        ApplicationJar application = ApplicationJar.open(jar);
        mainClass = application.mainClass(requestedMain).replace('.', '/');
        ClassPath classPath = ClassPath.of(application, JdkImage.ofBuildJdk());
        classes = new DesugaredClasses(classPath);
        policy.lambdaMapper(new HostLambdas(classes));
        classes.desugarAll(application);
        guest = new GuestClasses(classes);
        ParsedClass main = classes.find(mainClass).orElseThrow(() -> new ImageBuildException(
                "no main class " + mainClass.replace('/', '.') + ": " + classes.whyMissing(mainClass)));
        MethodNode mainMethod = main.node().methods.stream()
                .filter(m -> m.name.equals("main") && m.desc.equals("([Ljava/lang/String;)V")).findFirst()
                .orElse(null);
        if (mainMethod == null || (mainMethod.access & Opcodes.ACC_STATIC) == 0) {
            throw new ImageBuildException("the main class " + mainClass.replace('/', '.') + " has no method "
                    + "'public static void main(String[])'");
        }
        callMainFromVmEntry();
        return application;
    }

    /** VmEntry.invokeMain(String[]) calls the application's main. */
    private void callMainFromVmEntry() {
        ParsedClass entry = classes.find(VM_ENTRY).orElseThrow(() -> new ImageBuildException(
                "the VM's classes are not on the builder's class path (" + VM_ENTRY + ")"));
        for (MethodNode m : entry.node().methods) {
            if (m.name.equals("invokeMain")) {
                InsnList body = new InsnList();
                body.add(new VarInsnNode(Opcodes.ALOAD, 0));
                body.add(new MethodInsnNode(Opcodes.INVOKESTATIC, mainClass, "main", "([Ljava/lang/String;)V"));
                body.add(new InsnNode(Opcodes.RETURN));
                m.instructions = body;
                m.tryCatchBlocks = new ArrayList<>();
                m.localVariables = null;
                m.maxStack = 1;
                return;
            }
        }
        throw new ImageBuildException(VM_ENTRY + " has no invokeMain method");
    }

    // ---------------------------------------------------------------- analyze

    boolean initializedAtBuildTime(String internalName) {
        if (internalName.startsWith("[") || runTimeInitialized.contains(internalName)) {
            return internalName.startsWith("[");
        }
        ParsedClass parsed = classes.find(internalName).orElse(null);
        if (parsed == null || parsed.application()) {
            return false;
        }
        return policy.runTimeInitializationReason(internalName.replace('/', '.')) == null;
    }

    boolean inJavaBase(String internalName) {
        ParsedClass parsed = classes.find(internalName).orElse(null);
        return parsed != null && !parsed.application() && !internalName.startsWith("org/eremite/");
    }

    private ClosedWorld analyze() {
        AnalysisRequest request = AnalysisRequest.forMain(mainClass);
        request.addRoot(new MethodRef(VM_ENTRY, "start", VM_ENTRY_START), "the VM's entry, called by the boot stub");
        for (RuntimeEntry entry : RuntimeEntry.values()) {
            request.addRoot(new MethodRef(ImageWorld.RUNTIME_ENTRIES, entry.functionName(),
                    RuntimeEntries.descriptor(entry)), "compiled code calls the runtime entry " + entry.functionName());
        }
        List<String> errors = new ArrayList<>(VmRoots.IMPLICIT_EXCEPTIONS);
        errors.addAll(List.of("java/lang/InternalError", "java/lang/UnsatisfiedLinkError",
                "java/lang/IllegalAccessError", "java/lang/AbstractMethodError"));
        for (String exception : errors) {
            request.addInstantiated(exception, "the VM throws it");
            request.addRoot(new MethodRef(exception, "<init>", "(Ljava/lang/String;)V"),
                    "the VM constructs the exceptions it throws");
        }
        for (MethodRef bound : ImageWorld.FINAL_NATIVES.values()) {
            request.addRoot(bound, "it implements a final native method");
        }
        for (String made : List.of("org/eremite/vm/runtime/Hub", "org/eremite/vm/runtime/CodeInfo",
                "java/lang/Class", "java/lang/Thread", "java/lang/ThreadGroup", "java/util/HashMap",
                "java/util/HashMap$Node", "java/lang/String")) {
            request.addInstantiated(made, "the image builder makes objects of it");
        }
        request.initializedAtBuildTime(this::initializedAtBuildTime);
        analysis = new ReachabilityAnalysis(classes, request);
        world = analysis.run();
        for (int round = 0; round < 20; round++) {
            explain(System.getProperty("eremite.why"));
            boolean changed = initializeOnHost();
            changed |= rootEnumValues();
            changed |= giveNativesBodies();
            Set<String> fresh = new TreeSet<>();
            BootHeap snapshot = snapshotStatics(null).write();
            report.detail("round " + (round + 1) + ": " + BuildReport.count(world.classes().size()) + " classes, "
                    + BuildReport.count(world.methods().size()) + " methods, snapshot of "
                    + BuildReport.count(snapshot.objectCount()) + " objects");
            for (String type : snapshot.typeNames()) {
                String internal = type.replace('.', '/');
                if (!internal.startsWith("[") && !world.isInstantiated(internal)) {
                    fresh.add(internal);
                }
            }
            for (String type : fresh) {
                analysis.addInstantiated(type, "an object of the build-time heap snapshot");
            }
            if (!changed && fresh.isEmpty()) {
                return world;
            }
            world = analysis.run();
        }
        throw new ImageBuildException("the closed world and the heap snapshot did not settle after 20 rounds");
    }

    private final Set<String> enumsRooted = new HashSet<>();

    /**
     * An enum's {@code values()} is how the guest finds its constants ({@code Enum.valueOf}, {@code EnumMap},
     * {@code getEnumConstants}), which the JDK does by reflection: it is reachable for every enum class.
     */
    private boolean rootEnumValues() {
        boolean changed = false;
        for (String name : new ArrayList<>(world.classes())) {
            ParsedClass parsed = classes.find(name).orElse(null);
            if (parsed == null || (parsed.node().access & Opcodes.ACC_ENUM) == 0
                    || !"java/lang/Enum".equals(parsed.node().superName) || !enumsRooted.add(name)) {
                continue;
            }
            MethodRef values = new MethodRef(name, "values", "()[L" + name + ";");
            boolean declared = parsed.node().methods.stream()
                    .anyMatch(m -> m.name.equals("values") && m.desc.equals(values.descriptor()));
            if (declared && !world.isReachable(values)) {
                analysis.addRoot(values, "the guest finds an enum's constants through values()");
                changed = true;
            }
        }
        return changed;
    }

    /** With {@code -Deremite.why=a.b.C}, prints why the class is in the closed world (once it is). */
    private void explain(String className) {
        if (className != null && world.isReachable(className.replace('.', '/')) && explained.add(className)) {
            for (String step : world.why(className.replace('.', '/'))) {
                System.err.println("  " + step);
            }
        }
    }

    private final Set<String> explained = new HashSet<>();

    private boolean secretsShared;

    /**
     * The JDK's shared secrets (jdk.internal.access.SharedSecrets) are set by the static initializers of the
     * classes that implement them, some of which run only when a getter first needs them (by Class.forName): on the
     * host they are all set now, so that the snapshot holds each and the guest never has to look for one.
     */
    private void shareSecrets() {
        if (secretsShared) {
            return;
        }
        secretsShared = true;
        try {
            for (java.lang.reflect.Method m : Class.forName("jdk.internal.access.SharedSecrets").getMethods()) {
                if (java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("get")
                        && m.getParameterCount() == 0) {
                    try {
                        m.invoke(null);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // a secret the host cannot provide stays unset, as it would be in the guest
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            throw new ImageBuildException("the build JDK has no jdk.internal.access.SharedSecrets", e);
        }
    }

    /** Runs the static initializers of reachable build-time classes on the host; those that fail run in the guest. */
    private boolean initializeOnHost() {
        shareSecrets();
        boolean changed = false;
        for (String name : new ArrayList<>(world.classes())) {
            if (!initializedAtBuildTime(name) || !hasClassInitializer(name) || hostClass(name) != null) {
                continue;
            }
            runTimeInitialized.add(name);
            MethodRef clinit = new MethodRef(name, "<clinit>", "()V");
            analysis.addRoot(clinit, "its static initializer failed on the build host, so it runs in the guest");
            changed = true;
        }
        return changed;
    }

    private boolean hasClassInitializer(String internalName) {
        ParsedClass parsed = classes.find(internalName).orElse(null);
        return parsed != null && parsed.node().methods.stream().anyMatch(m -> m.name.equals("<clinit>"));
    }

    private final Map<String, Class<?>> hostClasses = new HashMap<>();

    /** The initialized host class of a build-time class, or null if it cannot be loaded or initialized. */
    Class<?> hostClass(String internalName) {
        if (hostClasses.containsKey(internalName)) {
            return hostClasses.get(internalName);
        }
        Class<?> c;
        try {
            ClassLoader loader = internalName.startsWith("org/eremite/") ? ImageBuilder.class.getClassLoader() : null;
            c = Class.forName(internalName.replace('/', '.'), true, loader);
        } catch (Throwable e) {
            c = null;
        }
        hostClasses.put(internalName, c);
        return c;
    }

    private final Set<MethodRef> nativesDone = new HashSet<>();

    /** A reachable native method that neither a substitution nor an extern routine implements throws. */
    private boolean giveNativesBodies() {
        boolean changed = false;
        for (MethodRef m : world.nativeMethods()) {
            if (!nativesDone.add(m)) {
                continue;
            }
            ParsedClass parsed = classes.find(m.owner()).orElseThrow();
            for (MethodNode node : parsed.node().methods) {
                if (node.name.equals(m.name()) && node.desc.equals(m.descriptor()) && !hasExtern(node)) {
                    node.access &= ~Opcodes.ACC_NATIVE;
                    InsnList body = new InsnList();
                    body.add(new TypeInsnNode(Opcodes.NEW, "java/lang/UnsatisfiedLinkError"));
                    body.add(new InsnNode(Opcodes.DUP));
                    body.add(new LdcInsnNode("'" + m.owner().replace('/', '.') + "." + m.name() + m.descriptor()
                            + "' is native and Eremite has no implementation of it"));
                    body.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/UnsatisfiedLinkError", "<init>",
                            "(Ljava/lang/String;)V"));
                    body.add(new InsnNode(Opcodes.ATHROW));
                    node.instructions = body;
                    node.maxStack = 3;
                    node.maxLocals = org.objectweb.asm.Type.getArgumentsAndReturnSizes(node.desc) >> 2;
                    guest.changed(m.owner());
                    analysis.addRoot(m, "a native without implementation now throws UnsatisfiedLinkError");
                    changed = true;
                }
            }
        }
        return changed;
    }

    static boolean hasExtern(MethodNode node) {
        if (node.invisibleAnnotations != null) {
            for (AnnotationNode a : node.invisibleAnnotations) {
                if (a.desc.equals(ImageWorld.EXTERN)) {
                    return true;
                }
            }
        }
        return false;
    }

    private UnsafeOffsets unsafeOffsets;
    /** The classes whose statics blocks the writer being filled has. */
    private final Set<String> blocks = new HashSet<>();

    /** A heap writer with the statics of every reachable build-time class (the fields reachable code reads). */
    private BootHeapWriter snapshotStatics(HubBuilder hubs) {
        blocks.clear();
        BootHeapWriter writer = new BootHeapWriter(guest.model, policy);
        if (hubs != null) {
            writer.mirrors(c -> {
                org.eremite.image.heap.GuestObject mirror = hubs.mirror(HubBuilder.nameOfHostClass(c));
                hubs.complete();
                return mirror;
            });
        }
        Map<String, Set<String>> read = new HashMap<>();
        for (FieldRef f : world.fields()) {
            read.computeIfAbsent(f.owner(), k -> new HashSet<>()).add(f.name());
        }
        for (String name : world.classes()) {
            if (!initializedAtBuildTime(name) || name.startsWith("[")) {
                continue;
            }
            Set<String> fields = read.getOrDefault(name, Set.of());
            Class<?> host = hostClass(name);
            Map<String, Long> offsets = unsafeOffsets == null ? Map.of()
                    : unsafeOffsets.statics.getOrDefault(name, Map.of());
            if (host == null) {
                if (!fields.isEmpty()) {
                    writer.zeroStatics(name.replace('/', '.'));
                    blocks.add(name);
                }
                continue;
            }
            if (!fields.isEmpty()) {
                writer.statics(host, fields::contains);
                blocks.add(name);
                for (Map.Entry<String, Long> o : offsets.entrySet()) {
                    if (fields.contains(o.getKey())) {
                        writer.staticValue(name.replace('/', '.'), o.getKey(), o.getValue());
                    }
                }
            }
        }
        return writer;
    }

    // ---------------------------------------------------------------- compile

    private long bytecodeBytes;
    private long codeBytes;
    private final Map<CompiledMethod, ClassFile> owners = new HashMap<>();

    private List<CompiledMethod> compile(ImageWorld context) {
        BaselineCompiler compiler = compiler(context);
        List<CompiledMethod> compiled = new ArrayList<>();
        List<MethodRef> methods = new ArrayList<>(world.methodsWithCode());
        methods.sort(Comparator.comparing(MethodRef::owner).thenComparing(MethodRef::name)
                .thenComparing(MethodRef::descriptor));
        for (MethodRef ref : methods) {
            if (ref.owner().equals(MAGIC)) {
                continue;
            }
            ClassFile file = guest.classFile(ref.owner());
            MethodInfo method = methodOf(file, ref.name(), ref.descriptor());
            if (method == null || method.code() == null) {
                continue;
            }
            compiled.add(compileOne(compiler, file, method));
        }
        return compiled;
    }

    static MethodInfo methodOf(ClassFile file, String name, String descriptor) {
        for (MethodInfo m : file.methods()) {
            if (m.name().equals(name) && m.descriptor().equals(descriptor)) {
                return m;
            }
        }
        return null;
    }

    private static BaselineCompiler compiler(ImageWorld context) {
        return new BaselineCompiler(context, new org.eremite.jit.x86_64.baseline.Backend());
    }

    /** Compiles the link-error stubs found so far, and those their own code needs, until none is new. */
    private void compileLinkErrors(ImageWorld context, List<CompiledMethod> compiled) {
        BaselineCompiler compiler = compiler(context);
        int done = -1;
        while (context.errors.count() > done) {
            done = context.errors.count();
            ParsedClass errors = context.errors.generate();
            ClassFile file = org.eremite.vm.classfile.ClassFileParser.parse(
                    org.eremite.image.desugar.ClassWriting.toBytes(errors.node()), LinkErrors.CLASS + ".class");
            compiled.removeIf(c -> c.owner().equals(LinkErrors.CLASS));
            for (MethodInfo method : file.methods()) {
                compiled.add(compileOne(compiler, file, method));
            }
        }
        context.errors.freeze();
    }

    private CompiledMethod compileOne(BaselineCompiler compiler, ClassFile file, MethodInfo method) {
        try {
            CompiledMethod c = compiler.compile(file, method);
            owners.put(c, file);
            bytecodeBytes += method.code().code().length;
            codeBytes += c.codeSize();
            return c;
        } catch (CompilationException | ImageWorld.FieldError e) {
            throw new ImageBuildException("cannot compile " + SymbolNames.dotted(file.thisClass()) + "."
                    + method.name() + method.descriptor() + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- lay out

    private void makeHubs(ImageWorld context, HubBuilder hubs) {
        for (String name : world.classes()) {
            hubs.hub(name);
        }
        for (String name : world.arrayTypes()) {
            hubs.hub(name);
        }
        for (String name : new ArrayList<>(context.namedHubs)) {
            hubs.hub(name);
        }
        for (String primitive : List.of("int", "long", "float", "double", "boolean", "byte", "char", "short",
                "void")) {
            hubs.hub(primitive);
        }
        hubs.complete();
    }

    /**
     * Writes the heap; the objects written may be of types no hub was made for yet (the arrays the builder makes,
     * types only the snapshot holds): those get hubs and the heap is written again, until every hub it names
     * exists.
     */
    private BootHeap layOut(ImageWorld context, HubBuilder hubs, List<CompiledMethod> compiled) {
        unsafeOffsets = new UnsafeOffsets(context);
        for (String name : world.classes()) {
            classes.find(name).ifPresent(unsafeOffsets::scan);
        }
        unsafeOffsets.addVarHandles(classes.varHandles());
        for (int pass = 0; pass < 5; pass++) {
            BootHeap heap = writeHeap(context, hubs, compiled);
            boolean added = false;
            for (String symbol : heap.symbols()) {
                if (symbol.startsWith(SymbolNames.HUB_PREFIX) && !heap.roots().containsKey(symbol)) {
                    String type = symbol.substring(SymbolNames.HUB_PREFIX.length());
                    hubs.hub(HubBuilder.primitiveKind(type) != null ? type : type.replace('.', '/'));
                    added = true;
                }
            }
            if (!added) {
                return heap;
            }
            hubs.complete();
        }
        throw new ImageBuildException("the boot heap kept naming new types after 5 passes");
    }

    /** The classes desugaring made for lambdas: hidden classes on HotSpot, whose frames get no NPE messages. */
    private Set<String> generatedLambdas = Set.of();

    private BootHeap writeHeap(ImageWorld context, HubBuilder hubs, List<CompiledMethod> compiled) {
        Set<String> lambdas = new HashSet<>();
        classes.lambdas().forEach(l -> lambdas.add(l.className()));
        generatedLambdas = lambdas;
        BootHeapWriter writer = snapshotStatics(hubs);
        CodeMapBuilder codeMap = new CodeMapBuilder(hubs);
        for (CompiledMethod method : compiled) {
            ClassFile file = owners.get(method);
            int flags = (method.owner().startsWith("org/eremite/vm/runtime/") ? CodeInfo.HIDDEN : 0)
                    | (inJavaBase(method.owner()) ? CodeInfo.JAVA_BASE : 0);
            codeMap.add(method, file, methodOf(file, method.name(), method.descriptor()), flags,
                    !generatedLambdas.contains(method.owner()));
        }
        for (String name : world.classes()) {
            if (!initializedAtBuildTime(name) && blocks.add(name)) {
                writer.zeroStatics(name.replace('/', '.'));
                unsafeOffsets.statics.getOrDefault(name, Map.of()).forEach((field, offset) ->
                        writer.staticValue(name.replace('/', '.'), field, offset));
            }
        }
        if (blocks.contains("org/eremite/classlib/lang/ClassTable")) {
            java.util.HashMap<String, Object> table = new java.util.HashMap<>();
            hubs.hubs().forEach((type, hub) -> {
                if (!type.startsWith("[") && HubBuilder.primitiveKind(type) == null) {
                    table.put(type.replace('/', '.'), hubs.mirror(type));
                }
            });
            writer.staticValue("org.eremite.classlib.lang.ClassTable", "classes", table);
        }
        if (blocks.contains("org/eremite/classlib/misc/FieldOffsets")) {
            writer.staticValue("org.eremite.classlib.misc.FieldOffsets", "table",
                    new java.util.HashMap<>(unsafeOffsets.table));
        }
        writer.staticValue("org.eremite.vm.runtime.CodeMap", "methods", codeMap.methods());
        writer.staticValue("org.eremite.vm.runtime.CodeMap", "codeStart",
                new org.eremite.image.heap.SymbolAddress(ImageLinker.CODE_START, 0));
        writer.staticValue("org.eremite.vm.runtime.CodeMap", "codeEnd",
                new org.eremite.image.heap.SymbolAddress(ImageLinker.CODE_END, 0));
        writer.staticValue("org.eremite.vm.runtime.Heap", "start",
                new org.eremite.image.heap.SymbolAddress(ImageLinker.HEAP_START, 0));
        writer.staticValue("org.eremite.vm.runtime.StackLimit", "word",
                new org.eremite.image.heap.SymbolAddress(SymbolNames.STACK_LIMIT, 0));
        java.util.HashMap<String, String> internTable = new java.util.HashMap<>();
        for (Map.Entry<String, String> s : context.strings.entrySet()) {
            String literal = s.getKey().intern();
            writer.root(s.getValue(), literal);
            internTable.put(literal, literal);
        }
        writer.staticValue("org.eremite.classlib.lang.StringTable", "strings", internTable);
        writer.staticValue("org.eremite.classlib.lang.MainThread", "thread", mainThread());
        hubs.complete();
        hubs.linkArrayHubs();
        writer.staticValue("org.eremite.vm.runtime.Hub", "interfaceHubs", hubs.interfaceHubs());
        for (Map.Entry<String, org.eremite.image.heap.GuestObject> e : hubs.hubs().entrySet()) {
            writer.root(SymbolNames.hub(e.getKey()), e.getValue());
            writer.root(SymbolNames.classObject(e.getKey()), hubs.mirrors().get(e.getKey()));
        }
        return writer.write();
    }

    /** The guest's one thread, "main" in the group "main", as HotSpot names them. */
    private static org.eremite.image.heap.GuestObject mainThread() {
        org.eremite.image.heap.GuestObject group = new org.eremite.image.heap.GuestObject("java.lang.ThreadGroup")
                .set("name", "main").set("maxPriority", 10);
        return new org.eremite.image.heap.GuestObject("java.lang.Thread")
                .set("name", "main").set("priority", 5).set("tid", 1L).set("group", group)
                .set("threadStatus", 5).set("blockerLock", new Object());
    }

    private String vmEntrySymbol() {
        return SymbolNames.method(VM_ENTRY, "start", VM_ENTRY_START);
    }
}
