package org.eremite.vm.object;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The structure of the tables and the call-site API the compiler uses, on JDK classes and hand-made shapes. */
class DispatchTablesTest {
    private static final int INTERFACE = Access.PUBLIC | Access.INTERFACE | Access.ABSTRACT;

    private static String descriptor(Method m) {
        return MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }

    /** Object's slots are exactly its overridable methods as reflection lists them. */
    @Test
    void objectsVtableHoldsItsOverridableMethods() {
        TypeModel model = ShapeReader.jdkModel();
        VTable object = DispatchTables.vtable(model.objectType());
        Set<String> expected = new HashSet<>();
        for (Method m : Object.class.getDeclaredMethods()) {
            int mods = m.getModifiers();
            if (!Modifier.isStatic(mods) && !Modifier.isFinal(mods) && !Modifier.isPrivate(mods)) {
                expected.add(m.getName() + descriptor(m));
            }
        }
        Set<String> roots = new HashSet<>();
        for (int i = 0; i < object.length(); i++) {
            roots.add(object.root(i).name() + object.root(i).descriptor());
            assertSame(object.root(i), object.entry(i).method());
        }
        assertEquals(expected, roots);
        assertSame(object, DispatchTables.vtable(model.type("[[I")), "arrays dispatch as Object");
        assertEquals(0, DispatchTables.itables(model.type("[Ljava/lang/String;")).size());
        assertThrows(IllegalArgumentException.class, () -> DispatchTables.vtable(model.type("java/lang/Runnable")));
    }

    @Test
    void finalMethodsAndFinalClassesAreBoundStatically() {
        TypeModel model = ShapeReader.jdkModel();
        JavaType string = model.type("java/lang/String");
        VTable vtable = DispatchTables.vtable(string);
        for (int i = vtable.inheritedLength(); i < vtable.length(); i++) {
            assertTrue(vtable.root(i).owner().isInterface(), "a final class adds only miranda slots: " + vtable.root(i));
        }
        MethodShape length = string.declaredMethod("length", "()I");
        assertTrue(DispatchTables.isStaticallyBound(length));
        assertEquals(VTable.NONVIRTUAL, DispatchTables.vtableIndex(string, length));
        MethodShape getClass = model.objectType().declaredMethod("getClass", "()Ljava/lang/Class;");
        assertEquals(VTable.NONVIRTUAL, DispatchTables.vtableIndex(model.objectType(), getClass));
        MethodShape toString = model.objectType().declaredMethod("toString", "()Ljava/lang/String;");
        int slot = DispatchTables.vtableIndex(model.objectType(), toString);
        assertSame(string.declaredMethod("toString", "()Ljava/lang/String;"), vtable.entry(slot).method());
        assertThrows(IllegalArgumentException.class, () -> DispatchTables.isStaticallyBound(
                model.type("java/lang/Integer").declaredMethod("valueOf", "(I)Ljava/lang/Integer;")));
    }

    /**
     * A package-private method that overrides a public one takes over the public method's slot for its class
     * and roots a slot of its own (its overriders are not the public method's).
     */
    @Test
    void aPackagePrivateOverriderRootsItsOwnSlot() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("p/A").method("m", "()V", Access.PUBLIC).build());
        model.define(ClassShape.builder("p/B").superName("p/A").method("m", "()V", 0).build());
        model.define(ClassShape.builder("q/C").superName("p/B").method("m", "()V", Access.PUBLIC).build());
        JavaType a = model.type("p/A");
        JavaType b = model.type("p/B");
        JavaType c = model.type("q/C");
        MethodShape am = a.declaredMethod("m", "()V");
        MethodShape bm = b.declaredMethod("m", "()V");
        MethodShape cm = c.declaredMethod("m", "()V");
        int slotA = DispatchTables.vtableIndex(a, am);
        int slotB = DispatchTables.vtableIndex(b, bm);
        assertNotEquals(slotA, slotB);
        assertEquals(DispatchTables.vtable(a).length(), slotB, "B's own slot is new");
        assertSame(bm, DispatchTables.vtable(b).entry(slotA).method());
        assertSame(cm, DispatchTables.vtable(c).entry(slotA).method(), "q.C's m overrides the public p.A.m");
        assertSame(bm, DispatchTables.vtable(c).entry(slotB).method(), "but not the package-private p.B.m");
        assertSame(cm, MethodSelection.selectVirtual(c, am).method());
        assertSame(bm, MethodSelection.selectVirtual(c, bm).method());
        assertEquals(slotA, DispatchTables.vtableIndex(c, cm), "a public overrider reuses the slot it overrides");
    }

    @Test
    void mirandaSlotsServeInvokevirtualOfInheritedInterfaceMethods() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("t/I").access(INTERFACE).method("m", "()V", Access.PUBLIC | Access.ABSTRACT)
                .method("s", "()V", Access.PUBLIC | Access.STATIC).method("p", "()V", Access.PRIVATE).build());
        model.define(ClassShape.builder("t/A").access(Access.PUBLIC | Access.ABSTRACT).addInterface("t/I").build());
        model.define(ClassShape.builder("t/B").superName("t/A").method("m", "()V", Access.PUBLIC).build());
        model.define(ClassShape.builder("t/N").build());
        JavaType i = model.type("t/I");
        JavaType a = model.type("t/A");
        JavaType b = model.type("t/B");
        MethodShape im = i.declaredMethod("m", "()V");
        int slot = DispatchTables.vtableIndex(a, im);
        assertEquals(slot, DispatchTables.vtable(a).mirandaIndex("m", "()V"));
        assertSame(im, DispatchTables.vtable(a).root(slot));
        assertEquals(DispatchEntry.Kind.ABSTRACT_METHOD_ERROR, DispatchTables.vtable(a).entry(slot).kind());
        assertSame(b.declaredMethod("m", "()V"), DispatchTables.vtable(b).entry(slot).method());
        assertEquals(slot, DispatchTables.vtableIndex(b, b.declaredMethod("m", "()V")));
        assertThrows(IllegalArgumentException.class, () -> DispatchTables.vtableIndex(i, im),
                "an interface receiver type calls through the itable");
        // The itable lists only the abstract and default methods, and only classes that implement I have one.
        assertEquals(1, DispatchTables.interfaceMethods(i).size());
        assertEquals(0, DispatchTables.itableIndex(im));
        assertEquals(VTable.NONVIRTUAL, DispatchTables.itableIndex(i.declaredMethod("p", "()V")));
        assertThrows(IllegalArgumentException.class, () -> DispatchTables.itableIndex(i.declaredMethod("s", "()V")));
        assertNull(DispatchTables.itable(model.type("t/N"), i));
        ITable bi = DispatchTables.itable(b, i);
        assertSame(b.declaredMethod("m", "()V"), bi.entry(0).method());
        assertArrayEquals(new int[] {TypeCheck.info(i).interfaceId()}, DispatchTables.itableInterfaceIds(b));
        DispatchEntry none = MethodSelection.selectInterface(model.type("t/N"), im);
        assertEquals(DispatchEntry.Kind.INCOMPATIBLE_CLASS_CHANGE_ERROR, none.kind());
        assertFalse(none.isMethod());
    }

    @Test
    void errorEntriesNameTheReceiverAndTheMethod() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("t/I").access(INTERFACE)
                .method("m", "(I[Ljava/lang/String;)J", Access.PUBLIC | Access.ABSTRACT).build());
        model.define(ClassShape.builder("t/C").addInterface("t/I").build());
        DispatchEntry e = MethodSelection.selectInterface(model.type("t/C"),
                model.type("t/I").declaredMethod("m", "(I[Ljava/lang/String;)J"));
        assertEquals("java/lang/AbstractMethodError", e.kind().errorClass());
        // HotSpot's wording for the same error.
        assertEquals("Receiver class t.C does not define or inherit an implementation of the resolved method "
                + "'abstract long m(int, java.lang.String[])' of interface t.I.", e.message());
        model.define(ClassShape.builder("t/D").addInterface("t/I").method("m", "(I[Ljava/lang/String;)J", 0).build());
        DispatchEntry notPublic = MethodSelection.selectInterface(model.type("t/D"),
                model.type("t/I").declaredMethod("m", "(I[Ljava/lang/String;)J"));
        assertEquals("java/lang/IllegalAccessError", notPublic.kind().errorClass());
        assertEquals("'long t.D.m(int, java.lang.String[])'", notPublic.message());
    }
}
