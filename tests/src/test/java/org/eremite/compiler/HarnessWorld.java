package org.eremite.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eremite.vm.classfile.AccessFlags;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.FieldInfo;
import org.eremite.vm.classfile.MemberRef;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.compiler.baseline.SymbolNames;

/**
 * The closed world of one differential test: the corpus classes (compiled), plus "shell" JDK classes that exist
 * only as hubs for type checks and catch clauses ({@code java.lang.Object} and the exceptions the runtime throws or
 * the corpus names), whose constructors do nothing. A deliberately simple model, not the image builder's:
 * <ul>
 *   <li>instance fields take 8 bytes each after the 16-byte header, superclass fields first; static fields
 *       likewise in a statics block per class;</li>
 *   <li>every virtual or interface method name and descriptor of the world gets one global selector, and every
 *       class's hub has an entry per selector ({@link #HUB_VTABLE} + 8 * selector): the implementation the class
 *       selects, so invokevirtual and invokeinterface both dispatch through the vtable;</li>
 *   <li>a hub holds the instance size (the element size of an array class) at 0, the component array's hub at 8,
 *       the superclass's hub at 16 and the class name (a C string) at 24.</li>
 * </ul>
 */
final class HarnessWorld implements CompilationContext {
    static final int HEADER = 16;
    static final int HUB_SIZE_OR_ELEMENT = 0;
    static final int HUB_COMPONENT = 8;
    static final int HUB_SUPER = 16;
    static final int HUB_NAME = 24;
    static final int HUB_VTABLE = 32;
    static final String NOOP = "harness.noop";

    /** The JDK classes of the world: hubs only. */
    static final List<String> SHELLS = List.of("java/lang/Object", "java/lang/Throwable", "java/lang/Exception",
            "java/lang/RuntimeException", "java/lang/ArithmeticException", "java/lang/IndexOutOfBoundsException",
            "java/lang/ArrayIndexOutOfBoundsException", "java/lang/NegativeArraySizeException",
            "java/lang/NullPointerException", "java/lang/ClassCastException", "java/lang/ArrayStoreException",
            "java/lang/IllegalStateException", "java/lang/IllegalArgumentException", "java/lang/StackOverflowError");

    final String main;
    final Map<String, ClassFile> classes = new LinkedHashMap<>();
    private final Map<String, Integer> selectors = new LinkedHashMap<>();
    private final Map<String, Integer> instanceSizes = new HashMap<>();
    private final Set<String> arrayClasses = new TreeSet<>();

    HarnessWorld(List<ClassFile> corpus) {
        this.main = corpus.get(0).thisClass();
        for (ClassFile classFile : corpus) {
            classes.put(classFile.thisClass(), classFile);
        }
        for (ClassFile classFile : corpus) {
            for (MethodInfo method : classFile.methods()) {
                if (isVirtual(method)) {
                    selectors.putIfAbsent(method.name() + method.descriptor(), selectors.size());
                }
            }
        }
    }

    private static boolean isVirtual(MethodInfo method) {
        return !method.isStatic() && !method.isPrivate() && !method.name().startsWith("<");
    }

    boolean isCorpus(String className) {
        return classes.containsKey(className);
    }

    /** The superclass of a corpus or shell class, or null for Object. */
    String superclassOf(String className) {
        ClassFile classFile = classes.get(className);
        if (classFile != null) {
            return classFile.superClass();
        }
        if (className.equals("java/lang/Object")) {
            return null;
        }
        try {
            Class<?> superclass = Class.forName(className.replace('/', '.')).getSuperclass();
            return superclass == null ? null : superclass.getName().replace('.', '/');
        } catch (ClassNotFoundException e) {
            throw new UnsupportedOperationException("no class " + className + " in the harness world", e);
        }
    }

    /** Every class that needs a hub: the corpus, the shells, their superclasses, and the arrays code named. */
    Set<String> hubClasses() {
        Set<String> all = new TreeSet<>(classes.keySet());
        all.addAll(SHELLS);
        for (String name : new ArrayList<>(all)) {
            for (String s = superclassOf(name); s != null; s = superclassOf(s)) {
                all.add(s);
            }
        }
        all.addAll(arrayClasses);
        return all;
    }

    int selectorCount() {
        return selectors.size();
    }

    // ---------------------------------------------------------------- layout

    private List<FieldInfo> instanceFields(String className) {
        List<FieldInfo> fields = new ArrayList<>();
        ClassFile classFile = classes.get(className);
        if (classFile != null) {
            fields.addAll(instanceFields(classFile.superClass()));
            for (FieldInfo field : classFile.fields()) {
                if (!field.isStatic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    int instanceSize(String className) {
        return instanceSizes.computeIfAbsent(className, c -> HEADER + 8 * instanceFields(c).size());
    }

    private List<FieldInfo> staticFields(String className) {
        List<FieldInfo> fields = new ArrayList<>();
        for (FieldInfo field : classes.get(className).fields()) {
            if (field.isStatic()) {
                fields.add(field);
            }
        }
        return fields;
    }

    int staticsSize(String className) {
        return HEADER + 8 * staticFields(className).size();
    }

    /** The implementation {@code className} selects for a method name and descriptor, or null. */
    String selectedSymbol(String className, String nameAndDescriptor) {
        for (String c = className; c != null && isCorpus(c); c = superclassOf(c)) {
            MethodInfo method = declared(c, nameAndDescriptor);
            if (method != null && !method.isAbstract()) {
                return symbolOf(c, method);
            }
        }
        for (String c = className; c != null && isCorpus(c); c = superclassOf(c)) {
            String found = defaultMethod(c, nameAndDescriptor);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String defaultMethod(String className, String nameAndDescriptor) {
        ClassFile classFile = classes.get(className);
        if (classFile == null) {
            return null;
        }
        for (String itf : classFile.interfaces()) {
            MethodInfo method = declared(itf, nameAndDescriptor);
            if (method != null && method.code() != null) {
                return symbolOf(itf, method);
            }
            String inherited = defaultMethod(itf, nameAndDescriptor);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    private MethodInfo declared(String className, String nameAndDescriptor) {
        ClassFile classFile = classes.get(className);
        if (classFile == null) {
            return null;
        }
        for (MethodInfo method : classFile.methods()) {
            if ((method.name() + method.descriptor()).equals(nameAndDescriptor)) {
                return method;
            }
        }
        return null;
    }

    private static String symbolOf(String className, MethodInfo method) {
        return SymbolNames.method(className, method.name(), method.descriptor());
    }

    /** The vtable of a class: one symbol (or null) per selector. */
    List<String> vtable(String className) {
        List<String> entries = new ArrayList<>();
        for (String nameAndDescriptor : selectors.keySet()) {
            entries.add(isCorpus(className) ? selectedSymbol(className, nameAndDescriptor) : null);
        }
        return entries;
    }

    // ---------------------------------------------------------------- CompilationContext

    private UnsupportedOperationException outside(String what) {
        return new UnsupportedOperationException("the harness world of " + main + " has no " + what);
    }

    @Override
    public String staticMethod(MemberRef method) {
        for (String c = method.owner(); c != null && isCorpus(c); c = superclassOf(c)) {
            MethodInfo declared = declared(c, method.name() + method.descriptor());
            if (declared != null) {
                return symbolOf(c, declared);
            }
        }
        throw outside("static method " + method);
    }

    @Override
    public String specialMethod(String caller, MemberRef method) {
        if (!isCorpus(method.owner())) {
            if (method.name().equals("<init>") && method.descriptor().equals("()V")) {
                return NOOP; // a shell class's constructor: the harness's objects have no JDK state
            }
            throw outside("special method " + method);
        }
        if (method.name().equals("<init>")) {
            MethodInfo declared = declared(method.owner(), method.name() + method.descriptor());
            if (declared == null) {
                throw outside("constructor " + method);
            }
            return symbolOf(method.owner(), declared);
        }
        MethodInfo declared = declared(method.owner(), method.name() + method.descriptor());
        if (declared != null && declared.isPrivate()) {
            return symbolOf(method.owner(), declared);
        }
        String selected = selectedSymbol(method.owner(), method.name() + method.descriptor());
        if (selected == null) {
            throw outside("super method " + method);
        }
        return selected;
    }

    @Override
    public VirtualCall virtualMethod(MemberRef method) {
        MethodInfo declared = declared(method.owner(), method.name() + method.descriptor());
        if (declared != null && declared.isPrivate()) {
            return VirtualCall.direct(symbolOf(method.owner(), declared));
        }
        Integer selector = selectors.get(method.name() + method.descriptor());
        if (selector == null) {
            throw outside("virtual method " + method);
        }
        return VirtualCall.vtable(HUB_VTABLE + 8 * selector);
    }

    @Override
    public InterfaceCall interfaceMethod(MemberRef method) {
        Integer selector = selectors.get(method.name() + method.descriptor());
        if (selector == null) {
            throw outside("interface method " + method);
        }
        return InterfaceCall.vtable(HUB_VTABLE + 8 * selector);
    }

    @Override
    public InstanceField instanceField(MemberRef field) {
        List<FieldInfo> fields = instanceFields(field.owner());
        for (int i = fields.size() - 1; i >= 0; i--) {
            if (fields.get(i).name().equals(field.name())) {
                return new InstanceField(HEADER + 8 * i, TypeKind.ofDescriptor(field.descriptor()));
            }
        }
        throw outside("instance field " + field);
    }

    @Override
    public StaticField staticField(MemberRef field) {
        for (String c = field.owner(); c != null && isCorpus(c); c = superclassOf(c)) {
            List<FieldInfo> fields = staticFields(c);
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(field.name())) {
                    return new StaticField(SymbolNames.statics(c), HEADER + 8 * i,
                            TypeKind.ofDescriptor(field.descriptor()));
                }
            }
        }
        throw outside("static field " + field);
    }

    @Override
    public String hub(String className) {
        if (className.startsWith("[")) {
            for (String name = className; name.startsWith("["); name = name.substring(1)) {
                arrayClasses.add(name);
            }
        } else if (!isCorpus(className) && !SHELLS.contains(className)) {
            throw outside("hub of " + className);
        }
        return SymbolNames.hub(className);
    }

    @Override
    public InitializationBarrier initializationBarrier(String caller, String className) {
        if (!isCorpus(className)) {
            throw outside("class " + className + " to initialize");
        }
        return null; // the driver runs the main class's <clinit> first; other corpus classes have none
    }

    @Override
    public String stringLiteral(String value) {
        throw outside("string literal \"" + value + "\"");
    }

    @Override
    public String classLiteral(String className) {
        throw outside("class literal " + className);
    }

    @Override
    public String runtimeEntry(RuntimeEntry entry) {
        return SymbolNames.runtime(entry);
    }

    static boolean isStatic(FieldInfo field) {
        return (field.accessFlags() & AccessFlags.ACC_STATIC) != 0;
    }
}
