package org.eremite.vm.compiler.analysis;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * HotSpot as the oracle for whether code is valid: loads a generated class into the test JVM, whose verifier
 * checks it (the type-inference verifier for class files before version 50, JVMS 4.10.2), and runs a method.
 */
final class HotSpot {
    private HotSpot() {
    }

    /** Loads {@code bytes} as class {@code name} in a fresh loader and calls its static method {@code method}. */
    static Object run(byte[] bytes, String name, String method, Class<?>[] parameterTypes, Object... arguments) {
        ClassLoader loader = new ClassLoader(HotSpot.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String className) throws ClassNotFoundException {
                if (className.equals(name.replace('/', '.'))) {
                    return defineClass(className, bytes, 0, bytes.length);
                }
                throw new ClassNotFoundException(className);
            }
        };
        try {
            Class<?> type = Class.forName(name.replace('/', '.'), true, loader);
            Method target = type.getDeclaredMethod(method, parameterTypes);
            target.setAccessible(true);
            return target.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError("HotSpot threw running " + method, e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new AssertionError("HotSpot rejects " + name + ": " + e, e);
        }
    }
}
