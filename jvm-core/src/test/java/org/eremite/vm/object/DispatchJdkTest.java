package org.eremite.vm.object;

import org.eremite.vm.testing.JdkClassFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Dispatch over the JDK: for every public concrete class of java.lang, java.util and java.io (ArrayList,
 * HashMap, LinkedHashMap, TreeMap, String, Integer, Thread among them) and every instance method a caller can
 * name on it, the method selection picks must be the one reflection says the class has; the vtable and itable
 * slots a call site uses must hold that same selection; and the tables of every class of java.base are
 * consistent with selection for every method of every superclass.
 */
class DispatchJdkTest {
    private static final String[] PACKAGES = {"java/lang", "java/util", "java/io"};

    private static List<Class<?>> concreteClasses() throws ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (String pkg : PACKAGES) {
            for (String name : JdkClassFiles.classesIn("java.base", pkg)) {
                Class<?> c = Class.forName(name.replace('/', '.'), false, ClassLoader.getSystemClassLoader());
                int mods = c.getModifiers();
                if (Modifier.isPublic(mods) && !c.isInterface() && !Modifier.isAbstract(mods) && !c.isHidden()) {
                    classes.add(c);
                }
            }
        }
        return classes;
    }

    private static String descriptor(Method m) {
        return MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }

    private static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }

    /**
     * The oracle from reflection: {@code getMethods()} keeps, per name and descriptor, the class method that a
     * class's chain has (it drops interface methods a class method overrides), or the maximally specific
     * interface methods; the implementation that runs is the class method or the single default one.
     */
    private static Map<String, Method> expectedImplementations(Class<?> c) {
        Map<String, List<Method>> groups = new LinkedHashMap<>();
        for (Method m : c.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers())) {
                groups.computeIfAbsent(m.getName() + descriptor(m), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Method> expected = new LinkedHashMap<>();
        for (Map.Entry<String, List<Method>> g : groups.entrySet()) {
            Method chosen = null;
            for (Method m : g.getValue()) {
                if (!m.getDeclaringClass().isInterface()) {
                    chosen = m;
                }
            }
            if (chosen == null) {
                for (Method m : g.getValue()) {
                    if (m.isDefault()) {
                        assertTrue(chosen == null, "two defaults for " + g.getKey() + " in " + c);
                        chosen = m;
                    }
                }
            }
            assertNotNull(chosen, "no implementation of " + g.getKey() + " in concrete " + c);
            expected.put(g.getKey(), chosen);
        }
        return expected;
    }

    @Test
    void selectionPicksWhatReflectionSaysRunsForEveryPublicMethod() throws Exception {
        TypeModel model = JavaBase.model();
        int virtualCalls = 0;
        int interfaceCalls = 0;
        List<Class<?>> classes = concreteClasses();
        Set<String> mustCover = new HashSet<>(List.of("java.util.ArrayList", "java.util.HashMap",
                "java.util.LinkedHashMap", "java.util.TreeMap", "java.lang.String", "java.lang.Integer",
                "java.lang.Thread"));
        for (Class<?> c : classes) {
            mustCover.remove(c.getName());
            JavaType type = model.type(internalName(c));
            for (Map.Entry<String, Method> e : expectedImplementations(c).entrySet()) {
                Method impl = e.getValue();
                String name = impl.getName();
                String desc = descriptor(impl);
                String expected = internalName(impl.getDeclaringClass());
                // invokevirtual C.name: resolve on C, select with C as the receiver's class.
                MethodShape resolved = MethodResolution.resolveMethod(type, name, desc);
                DispatchEntry selected = MethodSelection.selectVirtual(type, resolved);
                assertSelects(expected, selected, c + " invokevirtual " + name + desc);
                assertTableAgrees(type, type, resolved, selected);
                virtualCalls++;
                // invokeinterface I.name for every superinterface I that declares it.
                for (JavaType i : type.allInterfaces()) {
                    MethodShape im = i.declaredMethod(name, desc);
                    if (im != null && im.isVirtual()) {
                        DispatchEntry viaInterface = MethodSelection.selectInterface(type, im);
                        assertSelects(expected, viaInterface, c + " invokeinterface " + i + "." + name + desc);
                        ITable table = DispatchTables.itable(type, i);
                        assertTrue(table.entry(DispatchTables.itableIndex(im)).sameOutcome(viaInterface));
                        interfaceCalls++;
                    }
                }
                // getMethod agrees wherever it answers for this very descriptor (bridges share parameters).
                Method byGetMethod = c.getMethod(name, impl.getParameterTypes());
                if (descriptor(byGetMethod).equals(desc)) {
                    assertEquals(internalName(byGetMethod.getDeclaringClass()), expected, c + "." + name + desc);
                }
            }
        }
        assertTrue(mustCover.isEmpty(), "not covered: " + mustCover);
        assertTrue(classes.size() > 150, "classes: " + classes.size());
        assertTrue(virtualCalls > 5_000, "virtual calls: " + virtualCalls);
        assertTrue(interfaceCalls > 1_000, "interface calls: " + interfaceCalls);
    }

    /** Protected methods (clone, finalize, removeRange ...) are not in getMethods(): the first declaration up the chain runs. */
    @Test
    void protectedMethodsSelectTheNearestDeclaration() throws Exception {
        TypeModel model = JavaBase.model();
        int checked = 0;
        for (Class<?> c : concreteClasses()) {
            JavaType type = model.type(internalName(c));
            Set<String> seen = new HashSet<>();
            for (Class<?> x = c; x != null; x = x.getSuperclass()) {
                for (Method m : x.getDeclaredMethods()) {
                    String key = m.getName() + descriptor(m);
                    int mods = m.getModifiers();
                    if (Modifier.isStatic(mods) || Modifier.isPrivate(mods) || !seen.add(key)
                            || !Modifier.isProtected(mods)) {
                        continue;
                    }
                    MethodShape resolved = MethodResolution.resolveMethod(type, m.getName(), descriptor(m));
                    DispatchEntry selected = MethodSelection.selectVirtual(type, resolved);
                    assertSelects(internalName(x), selected, c + "." + key);
                    assertTableAgrees(type, type, resolved, selected);
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "protected methods checked: " + checked);
    }

    private static void assertSelects(String expectedOwner, DispatchEntry selected, String what) {
        if (!selected.isMethod()) {
            fail(what + ": selected " + selected + ", HotSpot runs " + expectedOwner);
        }
        assertEquals(expectedOwner, selected.method().owner().name(), what);
    }

    /** The slot an invokevirtual naming {@code referenced} uses holds the selection for a receiver of {@code receiver}. */
    private static void assertTableAgrees(JavaType referenced, JavaType receiver, MethodShape resolved,
                                          DispatchEntry selected) {
        int index = DispatchTables.vtableIndex(referenced, resolved);
        if (index == VTable.NONVIRTUAL) {
            assertTrue(DispatchTables.isStaticallyBound(resolved));
            assertSame(resolved, selected.method(), "a statically bound call runs the resolved method");
        } else {
            DispatchEntry slot = DispatchTables.vtable(receiver).entry(index);
            assertTrue(slot.sameOutcome(selected), receiver + " slot " + index + " holds " + slot + ", selection is "
                    + selected);
        }
    }

    /**
     * For every class of java.base: its vtable extends its superclass's, and for every virtual method declared by
     * it or any superclass (and every miranda slot of any superclass), the slot a call site uses holds the
     * selection for this class. This is what makes one slot index valid for every subclass.
     */
    @Test
    void everyJavaBaseClassHasTablesConsistentWithSelection() {
        int classes = 0;
        int slotChecks = 0;
        int itableCount = 0;
        for (JavaType c : JavaBase.types()) {
            if (!c.isClass()) {
                continue;
            }
            VTable vtable = DispatchTables.vtable(c);
            if (c.superclass() != null) {
                VTable sup = DispatchTables.vtable(c.superclass());
                assertEquals(sup.length(), vtable.inheritedLength());
                for (int i = 0; i < sup.length(); i++) {
                    assertSame(sup.root(i), vtable.root(i), c + " slot " + i);
                }
            }
            for (JavaType x = c; x != null; x = x.superclass()) {
                for (MethodShape m : x.shape().methods()) {
                    if (!m.isVirtual()) {
                        continue;
                    }
                    assertTableAgrees(x, c, m, MethodSelection.selectVirtual(c, m));
                    slotChecks++;
                }
                VTable xt = DispatchTables.vtable(x);
                for (int i = 0; i < xt.length(); i++) {
                    MethodShape root = xt.root(i);
                    if (root.owner().isInterface()) {
                        assertEquals(i, DispatchTables.vtableIndex(x, root));
                        assertTrue(vtable.entry(i).sameOutcome(MethodSelection.selectVirtual(c, root)));
                        slotChecks++;
                    }
                }
            }
            Set<Integer> ids = new HashSet<>();
            for (int id : DispatchTables.itableInterfaceIds(c)) {
                assertTrue(ids.add(id), "interface listed twice in " + c);
            }
            for (JavaType i : c.allInterfaces()) {
                boolean hasMethods = !DispatchTables.interfaceMethods(i).isEmpty();
                assertEquals(hasMethods, DispatchTables.itable(c, i) != null, c + " / " + i);
            }
            itableCount += DispatchTables.itables(c).size();
            classes++;
        }
        assertTrue(classes > 5000);
        assertTrue(slotChecks > 150_000, "slot checks: " + slotChecks);
        assertTrue(itableCount > 5000, "itables: " + itableCount);
    }
}
