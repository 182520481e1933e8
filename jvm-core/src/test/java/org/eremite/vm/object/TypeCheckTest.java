package org.eremite.vm.object;

import org.eremite.vm.testing.JdkClassFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * isAssignable against HotSpot's {@code Class.isAssignableFrom} on every pair of types drawn from all public
 * classes and interfaces of java.lang, java.util and java.io, their arrays of 1 to 3 dimensions, the primitive
 * types and their arrays.
 */
class TypeCheckTest {
    private static final String[] PACKAGES = {"java/lang", "java/util", "java/io"};
    private static final Class<?>[] PRIMITIVES = {boolean.class, byte.class, char.class, short.class, int.class,
        long.class, float.class, double.class};
    private static List<Class<?>> hostTypes;

    @BeforeAll
    static void collectHostTypes() throws ClassNotFoundException {
        List<Class<?>> bases = new ArrayList<>();
        for (String pkg : PACKAGES) {
            for (String name : JdkClassFiles.classesIn("java.base", pkg)) {
                Class<?> c = Class.forName(name.replace('/', '.'), false, ClassLoader.getSystemClassLoader());
                if (Modifier.isPublic(c.getModifiers()) && !c.isHidden()) {
                    bases.add(c);
                }
            }
        }
        assertTrue(bases.size() > 300, "public classes and interfaces: " + bases.size());
        Collections.addAll(bases, PRIMITIVES);
        hostTypes = new ArrayList<>();
        for (Class<?> base : bases) {
            Class<?> t = base;
            for (int dims = 0; dims <= 3; dims++) {
                hostTypes.add(t);
                t = t.arrayType();
            }
        }
    }

    private static JavaType modelType(TypeModel model, Class<?> c) {
        return c.isPrimitive() ? model.typeOfDescriptor(c.descriptorString()) : model.type(internalName(c));
    }

    private static String internalName(Class<?> c) {
        return c.isArray() ? c.descriptorString() : c.getName().replace('.', '/');
    }

    private static List<JavaType> modelTypes(TypeModel model) {
        List<JavaType> types = new ArrayList<>();
        for (Class<?> c : hostTypes) {
            types.add(modelType(model, c));
        }
        return types;
    }

    @Test
    void everyPairAgreesWithClassIsAssignableFrom() {
        TypeModel model = ShapeReader.jdkModel();
        List<JavaType> types = modelTypes(model);
        int pairs = compareAllPairs(types);
        assertTrue(pairs > 1_500_000, "pairs: " + pairs);
    }

    /** Ids are handed out lazily; the answers must not depend on the order types are first checked in. */
    @Test
    void answersDoNotDependOnTheOrderTypesAreFirstChecked() {
        TypeModel model = ShapeReader.jdkModel();
        List<JavaType> types = modelTypes(model);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        Random random = new Random(11);
        for (int i : order) {
            JavaType target = types.get(i);
            JavaType source = types.get(random.nextInt(types.size()));
            assertEquals(hostTypes.get(i).isAssignableFrom(hostTypes.get(types.indexOf(source))),
                    TypeCheck.isAssignable(target, source), target + " <- " + source);
        }
        compareAllPairs(types);
    }

    private static int compareAllPairs(List<JavaType> types) {
        int n = types.size();
        int pairs = 0;
        for (int t = 0; t < n; t++) {
            Class<?> hostTarget = hostTypes.get(t);
            JavaType target = types.get(t);
            for (int s = 0; s < n; s++) {
                boolean expected = hostTarget.isAssignableFrom(hostTypes.get(s));
                if (TypeCheck.isAssignable(target, types.get(s)) != expected) {
                    fail(target + " <- " + types.get(s) + ": HotSpot says " + expected);
                }
                pairs++;
            }
        }
        return pairs;
    }

    @Test
    void aastoreChecksTheComponentDataAsHotSpotDoes() {
        TypeModel model = ShapeReader.jdkModel();
        List<JavaType> types = modelTypes(model);
        Random random = new Random(3);
        int checks = 0;
        for (int a = 0; a < types.size(); a++) {
            JavaType array = types.get(a);
            if (!array.isArray() || array.componentType().isPrimitive()) {
                assertTrue(array.isPrimitive() || TypeCheck.info(array).component() == null);
                continue;
            }
            TypeCheckInfo component = TypeCheck.info(array).component();
            assertSame(TypeCheck.info(array.componentType()), component);
            for (int i = 0; i < 200; i++) {
                int s = random.nextInt(types.size());
                if (types.get(s).isPrimitive()) {
                    continue;
                }
                boolean expected = hostTypes.get(a).getComponentType().isAssignableFrom(hostTypes.get(s));
                assertEquals(expected, TypeCheck.isSubtype(TypeCheck.info(types.get(s)), component),
                        "store " + types.get(s) + " into " + array);
                checks++;
            }
        }
        assertTrue(checks > 100_000);
    }

    @Test
    void typesWithoutProperSubtypesHaveNone() {
        TypeModel model = ShapeReader.jdkModel();
        List<JavaType> types = modelTypes(model);
        int exact = 0;
        for (int t = 0; t < types.size(); t++) {
            if (!TypeCheck.hasNoProperSubtypes(types.get(t))) {
                continue;
            }
            exact++;
            for (int s = 0; s < types.size(); s++) {
                if (s != t && hostTypes.get(t).isAssignableFrom(hostTypes.get(s))) {
                    fail(types.get(t) + " has subtype " + types.get(s));
                }
            }
        }
        assertTrue(exact > 200, "exact-hub targets: " + exact);
    }

    @Test
    void displaysAndInterfaceIdsAreWellFormed() {
        TypeModel model = ShapeReader.jdkModel();
        List<JavaType> types = modelTypes(model);
        TypeCheckInfo object = TypeCheck.info(model.objectType());
        assertEquals(0, object.depth());
        // Computing data creates array types (arrays of interface supertypes); repeat until none is new.
        int seen;
        do {
            seen = model.resolvedTypes().size();
            for (JavaType t : model.resolvedTypes()) {
                TypeCheck.info(t);
            }
        } while (model.resolvedTypes().size() != seen);
        Set<Integer> ids = new HashSet<>();
        for (JavaType t : model.resolvedTypes()) {
            TypeCheckInfo info = TypeCheck.info(t);
            assertSame(object, info.displayAt(0), t.toString());
            assertSame(info, info.displayAt(info.depth()), t.toString());
            JavaType parent = TypeCheck.displayParent(t);
            if (parent != null) {
                assertEquals(TypeCheck.info(parent).depth() + 1, info.depth(), t.toString());
            }
            assertEquals(t.elementType().isInterface(), info.isInterfaceLike(), t.toString());
            if (info.isInterfaceLike()) {
                assertTrue(ids.add(info.interfaceId()), "duplicate id " + info.interfaceId());
                assertTrue(info.interfaceBitsLength() > info.interfaceId() >>> 6);
            }
            long[] bits = info.interfaceBits();
            assertTrue(bits.length == 0 || bits[bits.length - 1] != 0, "bitsets are trimmed: " + t);
            int count = 0;
            for (long w : bits) {
                count += Long.bitCount(w);
            }
            assertEquals(info.interfaceSupertypes().length, count, t.toString());
            assertEquals(t.isArray() && t.componentType().isReference(), info.component() != null);
        }
        for (int id = 0; id < model.interfaceIdCount(); id++) {
            assertTrue(ids.contains(id), "ids are dense; missing " + id);
        }
        assertTrue(types.size() > 1200);
    }

    @Test
    void arrayDisplayChainsFollowTheElementsChains() {
        TypeModel model = ShapeReader.jdkModel();
        JavaType integer2 = model.type("[[Ljava/lang/Integer;");
        TypeCheckInfo info = TypeCheck.info(integer2);
        String[] chain = {"java/lang/Object", "[Ljava/lang/Object;", "[[Ljava/lang/Object;", "[[Ljava/lang/Number;",
            "[[Ljava/lang/Integer;"};
        assertEquals(chain.length - 1, info.depth());
        for (int i = 0; i < chain.length; i++) {
            assertEquals(chain[i], info.displayAt(i).type().name());
        }
        assertEquals(1, TypeCheck.info(model.type("[I")).depth());
        assertEquals(2, TypeCheck.info(model.type("[[I")).depth(), "int[][] is an Object[]");
        assertTrue(TypeCheck.isInterfaceLike(model.type("[[Ljava/lang/Runnable;")));
        assertFalse(TypeCheck.isInterfaceLike(model.type("[[Ljava/lang/Thread;")));
        assertNotNull(TypeCheck.info(model.type("[Ljava/lang/Runnable;")).component());
        assertNull(TypeCheck.displayParent(model.objectType()));
        assertFalse(TypeCheck.isAssignable(model.typeOfDescriptor("I"), model.typeOfDescriptor("J")));
        assertTrue(TypeCheck.isAssignable(model.typeOfDescriptor("I"), model.typeOfDescriptor("I")));
    }
}
