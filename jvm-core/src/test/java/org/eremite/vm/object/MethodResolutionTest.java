package org.eremite.vm.object;

import org.eremite.vm.testing.JdkClassFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** JVMS 5.4.3.3 and 5.4.3.4 over the JDK, against reflection's view of which declarations a type has. */
class MethodResolutionTest {
    private static String descriptor(Method m) {
        return MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }

    /**
     * For every public interface of java.lang, java.util and java.io and every method reflection lists for it,
     * resolution finds the interface's own declaration, else a public method of Object, else one of the
     * maximally specific superinterface declarations (the ones {@code getMethods()} keeps), the default one if
     * exactly one is.
     */
    @Test
    void interfaceMethodsResolveAsReflectionListsThem() throws Exception {
        TypeModel model = JavaBase.model();
        int checked = 0;
        for (String pkg : new String[] {"java/lang", "java/util", "java/io"}) {
            for (String name : JdkClassFiles.classesIn("java.base", pkg)) {
                Class<?> c = Class.forName(name.replace('/', '.'), false, ClassLoader.getSystemClassLoader());
                if (!c.isInterface() || !Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                JavaType type = model.type(name);
                Map<String, Set<String>> declaring = new LinkedHashMap<>();
                Map<String, Set<String>> defaults = new LinkedHashMap<>();
                for (Method m : c.getMethods()) {
                    if (Modifier.isStatic(m.getModifiers())) {
                        continue;
                    }
                    String key = m.getName() + descriptor(m);
                    String owner = m.getDeclaringClass().getName().replace('.', '/');
                    declaring.computeIfAbsent(key, k -> new HashSet<>()).add(owner);
                    if (m.isDefault()) {
                        defaults.computeIfAbsent(key, k -> new HashSet<>()).add(owner);
                    }
                }
                for (Map.Entry<String, Set<String>> e : declaring.entrySet()) {
                    String key = e.getKey();
                    int paren = key.indexOf('(');
                    String methodName = key.substring(0, paren);
                    String desc = key.substring(paren);
                    MethodShape resolved = MethodResolution.resolveInterfaceMethod(type, methodName, desc);
                    String owner = resolved.owner().name();
                    MethodShape inObject = model.objectType().declaredMethod(methodName, desc);
                    if (type.declaredMethod(methodName, desc) != null) {
                        assertEquals(name, owner, key);
                    } else if (inObject != null && inObject.isPublic()) {
                        assertSame(inObject, resolved, name + "." + key);
                    } else if (defaults.containsKey(key) && defaults.get(key).size() == 1) {
                        assertEquals(defaults.get(key).iterator().next(), owner, name + "." + key);
                    } else {
                        assertTrue(e.getValue().contains(owner), name + "." + key + " resolved in " + owner);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "interface methods resolved: " + checked);
    }

    @Test
    void signaturePolymorphicMethodsMatchAnyDescriptor() {
        TypeModel model = JavaBase.model();
        JavaType mh = model.type("java/lang/invoke/MethodHandle");
        MethodShape invokeExact = MethodResolution.resolveMethod(mh, "invokeExact", "(Ljava/lang/String;I)V");
        assertEquals("([Ljava/lang/Object;)Ljava/lang/Object;", invokeExact.descriptor());
        assertSame(mh.shape(), invokeExact.owner());
        MethodShape get = MethodResolution.resolveMethod(model.type("java/lang/invoke/VarHandle"), "get",
                "(Ljava/lang/Object;)I");
        assertEquals("java/lang/invoke/VarHandle", get.owner().name());
        LinkageFailure e = assertThrows(LinkageFailure.class,
                () -> MethodResolution.resolveMethod(mh, "invokeWithArguments", "(I)Ljava/lang/Object;"));
        assertEquals(LinkageFailure.NO_SUCH_METHOD, e.javaError(), "invokeWithArguments is not signature polymorphic");
    }

    @Test
    void resolutionErrorsAreTheJvmsErrorsWithHotSpotsMessages() {
        TypeModel model = JavaBase.model();
        JavaType list = model.type("java/util/List");
        JavaType arrayList = model.type("java/util/ArrayList");
        assertEquals(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, assertThrows(LinkageFailure.class,
                () -> MethodResolution.resolveMethod(list, "size", "()I")).javaError());
        assertEquals(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, assertThrows(LinkageFailure.class,
                () -> MethodResolution.resolveInterfaceMethod(arrayList, "size", "()I")).javaError());
        LinkageFailure missing = assertThrows(LinkageFailure.class,
                () -> MethodResolution.resolveMethod(arrayList, "frobnicate", "(I[Ljava/lang/String;)V"));
        assertEquals(LinkageFailure.NO_SUCH_METHOD, missing.javaError());
        assertEquals("'void java.util.ArrayList.frobnicate(int, java.lang.String[])'", missing.getMessage());
        // Object's protected clone is not found through an interface (JVMS 5.4.3.4 step 2 wants public).
        assertEquals(LinkageFailure.NO_SUCH_METHOD, assertThrows(LinkageFailure.class,
                () -> MethodResolution.resolveInterfaceMethod(list, "clone", "()Ljava/lang/Object;")).javaError());
        // Arrays resolve as Object: clone and the other Object methods.
        assertEquals("java/lang/Object",
                MethodResolution.resolveMethod(model.type("[I"), "clone", "()Ljava/lang/Object;").owner().name());
    }
}
