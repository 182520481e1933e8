package org.eremite.image.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eremite.image.heap.GuestArray;
import org.eremite.image.heap.GuestObject;
import org.eremite.image.heap.SymbolAddress;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.SymbolNames;
import org.eremite.vm.object.DispatchEntry;
import org.eremite.vm.object.DispatchTables;
import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.ITable;
import org.eremite.vm.object.JavaType;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.object.TypeCheck;
import org.eremite.vm.object.TypeCheckInfo;
import org.eremite.vm.runtime.Hub;
import org.objectweb.asm.Opcodes;

/**
 * Makes the hub ({@code org.eremite.vm.runtime.Hub}) and the class object ({@code java.lang.Class}) of every type
 * of the image as builder-made heap objects: type-check data from {@link TypeCheck}, the vtable (trailing words) and
 * itables from {@link DispatchTables}, the class-initialization state, and the mirror pointing back to its hub.
 * Hubs are made on demand, so everything a hub refers to (superclass, component, display) gets one too.
 */
final class HubBuilder {
    static final String HUB_CLASS = "org.eremite.vm.runtime.Hub";
    private static final String HUB_ARRAY = "[Lorg.eremite.vm.runtime.Hub;";

    private final ImageWorld world;
    private final Predicate<String> initializedAtBuildTime;
    private final Predicate<String> inJavaBase;
    private final Map<String, GuestObject> hubs = new LinkedHashMap<>();
    private final Map<String, GuestObject> mirrors = new LinkedHashMap<>();
    private final List<String> pending = new ArrayList<>();

    HubBuilder(ImageWorld world, Predicate<String> initializedAtBuildTime, Predicate<String> inJavaBase) {
        this.world = world;
        this.initializedAtBuildTime = initializedAtBuildTime;
        this.inJavaBase = inJavaBase;
    }

    /** The name a host class has here: internal name, array descriptor or primitive name. */
    static String nameOfHostClass(Class<?> c) {
        return c.isPrimitive() ? c.getName() : c.getName().replace('.', '/');
    }

    /** The symbol-free name of a type: an internal name, an array descriptor or a primitive's name ({@code int}). */
    GuestObject hub(String type) {
        GuestObject hub = hubs.get(type);
        if (hub == null) {
            hub = new GuestObject(HUB_CLASS);
            hubs.put(type, hub);
            GuestObject mirror = new GuestObject("java.lang.Class");
            mirrors.put(type, mirror);
            pending.add(type);
        }
        return hub;
    }

    GuestObject mirror(String type) {
        hub(type);
        return mirrors.get(type);
    }

    /** Fills every hub asked for so far, and those they need. */
    void complete() {
        while (!pending.isEmpty()) {
            String type = pending.remove(pending.size() - 1);
            fill(type);
        }
    }

    Map<String, GuestObject> hubs() {
        return hubs;
    }

    Map<String, GuestObject> mirrors() {
        return mirrors;
    }

    private JavaType typeOf(String type) {
        TypeKind primitive = primitiveKind(type);
        return primitive != null ? world.type("java/lang/Object").model().primitive(primitive) : world.type(type);
    }

    static TypeKind primitiveKind(String name) {
        switch (name) {
            case "int": return TypeKind.INT;
            case "long": return TypeKind.LONG;
            case "float": return TypeKind.FLOAT;
            case "double": return TypeKind.DOUBLE;
            case "boolean": return TypeKind.BOOLEAN;
            case "byte": return TypeKind.BYTE;
            case "char": return TypeKind.CHAR;
            case "short": return TypeKind.SHORT;
            case "void": return TypeKind.VOID;
            default: return null;
        }
    }

    /** The internal name or descriptor a JavaType is known by here. */
    static String nameOf(JavaType t) {
        if (t.isPrimitive()) {
            return t.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        return t.isArray() ? t.descriptor() : t.name();
    }

    private void fill(String type) {
        if (type.equals("void")) {
            fillVoid();
            return;
        }
        JavaType t = typeOf(type);
        GuestObject f = hubs.get(type);
        String binaryName = t.isArray() ? t.descriptor().replace('/', '.') : t.isPrimitive() ? type : t.javaName();
        f.set("name", binaryName);
        f.set("mirror", mirrors.get(type));
        GuestObject m = mirrors.get(type);
        m.set("name", binaryName);
        m.set("hub", hubs.get(type));
        if (!t.isArray()) {
            m.set("simpleName", t.isPrimitive() ? type : world.simpleName(t.name()));
            m.set("canonicalName", t.isPrimitive() ? type : world.canonicalName(t.name()));
        }

        int flags = 0;
        boolean javaBase;
        if (t.isPrimitive()) {
            flags |= Hub.PRIMITIVE;
            javaBase = true;
            f.set("modifiers", Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT);
            f.set("interfaceId", -1);
            f.set("initState", Hub.INITIALIZED);
            f.set("initialized", (byte) 1);
            finish(type, f, flags | Hub.JAVA_BASE, List.of());
            return;
        }
        TypeCheckInfo info = TypeCheck.info(t);
        f.set("depth", info.depth());
        List<Object> display = new ArrayList<>();
        for (TypeCheckInfo d : info.display()) {
            display.add(hub(nameOf(d.type())));
        }
        f.set("display", new GuestArray(HUB_ARRAY, display));
        f.set("interfaceId", info.isInterfaceLike() ? info.interfaceId() : -1);
        f.set("interfaceBits", info.interfaceBits().clone());

        List<Object> vtable = new ArrayList<>();
        if (t.isArray()) {
            flags |= Hub.ARRAY;
            JavaType component = t.componentType();
            javaBase = component.isPrimitive() || inJavaBase.test(nameOf(t.elementType()));
            f.set("componentHub", hub(nameOf(component)));
            m.set("componentType", mirror(nameOf(component)));
            f.set("elementSize", ObjectLayout.elementSize(component.kind()));
            f.set("superHub", hub("java/lang/Object"));
            f.set("modifiers", (modifiersOf(component) & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE
                    | Opcodes.ACC_PROTECTED)) | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT);
            f.set("initState", Hub.INITIALIZED);
            f.set("initialized", (byte) 1);
            addVtable(world.type("java/lang/Object"), vtable);
        } else {
            javaBase = inJavaBase.test(t.name());
            f.set("modifiers", modifiersOf(t));
            if (t.isInterface()) {
                flags |= Hub.INTERFACE | Hub.ABSTRACT;
            } else {
                if (t.shape().isAbstract()) {
                    flags |= Hub.ABSTRACT;
                }
                f.set("instanceSize", FieldLayout.of(t).size());
                if (t.superclass() != null) {
                    f.set("superHub", hub(t.superclass().name()));
                }
                addVtable(t, vtable);
            }
            if (isEnum(t)) {
                flags |= Hub.ENUM;
                String values = "()[L" + t.name() + ";";
                if (world.isReachable(t.name(), "values", values)) {
                    f.set("enumValues", new SymbolAddress(SymbolNames.method(t.name(), "values", values), 0));
                }
            }
            if (world.isComparableToItself(t.name())) {
                flags |= Hub.COMPARABLE_TO_ITSELF;
            }
            if (isThrowable(t)) {
                flags |= Hub.THROWABLE;
            }
            boolean buildTime = initializedAtBuildTime.test(t.name());
            f.set("initState", buildTime ? Hub.INITIALIZED : Hub.UNINITIALIZED);
            f.set("initialized", (byte) (buildTime ? 1 : 0));
            if (!buildTime && world.isReachable(t.name(), "<clinit>", "()V")) {
                f.set("classInitializer", new SymbolAddress(SymbolNames.method(t.name(), "<clinit>", "()V"), 0));
            }
            List<Object> initInterfaces = new ArrayList<>();
            if (!t.isInterface()) {
                for (JavaType i : t.allInterfaces()) {
                    if (declaresDefault(i) && !initializedAtBuildTime.test(i.name())) {
                        initInterfaces.add(hub(i.name()));
                    }
                }
            }
            f.set("initializationInterfaces", new GuestArray(HUB_ARRAY, initInterfaces));
            addItables(t, f);
        }
        if (javaBase) {
            flags |= Hub.JAVA_BASE;
        }
        if (t.isArray() && !t.componentType().isPrimitive()) {
            flags |= Hub.REFERENCE_ELEMENTS;
        }
        finish(type, f, flags, vtable);
    }

    /** {@code void.class}: a primitive type with no values, which the object model has no JavaType for. */
    private void fillVoid() {
        GuestObject f = hubs.get("void");
        f.set("name", "void");
        f.set("mirror", mirrors.get("void"));
        mirrors.get("void").set("name", "void").set("hub", f).set("simpleName", "void")
                .set("canonicalName", "void");
        f.set("modifiers", Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT);
        f.set("interfaceId", -1);
        f.set("initState", Hub.INITIALIZED);
        f.set("initialized", (byte) 1);
        finish("void", f, Hub.PRIMITIVE | Hub.JAVA_BASE, List.of());
    }

    private void finish(String type, GuestObject f, int flags, List<Object> vtable) {
        f.set("flags", flags);
        f.set("vtableLength", vtable.size());
        hubs.get(type).trailingWords(vtable);
    }

    /** Links every hub to its array class's hub where both exist (arrays may be made after their components). */
    void linkArrayHubs() {
        for (Map.Entry<String, GuestObject> e : hubs.entrySet()) {
            String type = e.getKey();
            if (type.startsWith("[")) {
                String component = type.substring(1);
                if (component.startsWith("L")) {
                    component = component.substring(1, component.length() - 1);
                } else if (component.length() == 1) {
                    component = TypeKind.ofDescriptor(component).name().toLowerCase(java.util.Locale.ROOT);
                }
                GuestObject componentHub = hubs.get(component);
                if (componentHub != null) {
                    componentHub.set("arrayHub", e.getValue());
                }
            }
        }
    }

    private void addVtable(JavaType cls, List<Object> words) {
        for (String symbol : world.vtable(cls)) {
            words.add(new SymbolAddress(symbol, 0));
        }
    }

    /** HotSpot's form of a method in error messages: {@code void area(int, java.lang.String)}. */
    static String signature(org.eremite.vm.object.MethodShape m) {
        org.objectweb.asm.Type type = org.objectweb.asm.Type.getMethodType(m.descriptor());
        StringBuilder b = new StringBuilder(type.getReturnType().getClassName()).append(' ').append(m.name())
                .append('(');
        org.objectweb.asm.Type[] parameters = type.getArgumentTypes();
        for (int i = 0; i < parameters.length; i++) {
            b.append(i == 0 ? "" : ", ").append(parameters[i].getClassName());
        }
        return b.append(')').toString();
    }

    /** Every interface-like type's hub by its id (for messages that name an interface). */
    GuestArray interfaceHubs() {
        List<Object> byId = new ArrayList<>();
        for (Map.Entry<String, GuestObject> e : hubs.entrySet()) {
            Object id = e.getValue().get("interfaceId");
            if (id instanceof Integer i && i >= 0) {
                while (byId.size() <= i) {
                    byId.add(null);
                }
                byId.set(i, e.getValue());
            }
        }
        return new GuestArray(HUB_ARRAY, byId);
    }

    private void addItables(JavaType cls, GuestObject f) {
        if (cls.isInterface()) {
            List<String> signatures = new ArrayList<>();
            for (var m : DispatchTables.interfaceMethods(cls)) {
                signatures.add(signature(m));
            }
            f.set("itableSignatures", signatures.toArray(new String[0]));
            f.set("itableIds", new int[0]);
            f.set("itables", new GuestArray("[[J", List.of()));
            return;
        }
        List<ITable> itables = DispatchTables.itables(cls);
        int[] ids = new int[itables.size()];
        List<Object> tables = new ArrayList<>();
        for (int k = 0; k < itables.size(); k++) {
            ITable itable = itables.get(k);
            ids[k] = itable.interfaceId();
            List<Object> entries = new ArrayList<>();
            for (DispatchEntry entry : itable.entries()) {
                String symbol = entry.isMethod() ? world.target(entry.method())
                        : world.errors.stub(entry.kind().errorClass(), entry.message());
                entries.add(new SymbolAddress(symbol, 0));
            }
            tables.add(new GuestArray("[J", entries));
        }
        f.set("itableIds", ids);
        f.set("itables", new GuestArray("[[J", tables));
    }

    private static int modifiersOf(JavaType t) {
        if (t.isPrimitive()) {
            return Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT;
        }
        if (t.isArray()) {
            return Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT;
        }
        return t.shape().access() & ~(Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC) & 0xFFFF;
    }

    private static boolean isEnum(JavaType t) {
        return (t.shape().access() & Opcodes.ACC_ENUM) != 0 && t.superclass() != null
                && t.superclass().name().equals("java/lang/Enum");
    }

    private static boolean isThrowable(JavaType t) {
        for (JavaType x = t; x != null; x = x.superclass()) {
            if (x.name().equals("java/lang/Throwable")) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresDefault(JavaType iface) {
        for (var m : iface.shape().methods()) {
            if (!m.isStatic() && !m.isAbstract() && !m.isInitializer()) {
                return true;
            }
        }
        return false;
    }
}
