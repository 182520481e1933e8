package org.eremite.image.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs a program's {@code main} on this JVM (HotSpot, the oracle) in a fresh class loader that defines the given
 * class files, and returns what it printed. Each run gets its own loader, so static state does not leak between
 * the original and the desugared program. An exception escaping {@code main} is printed into the output as the
 * launcher would report it (first line only), so a program that fails differently is caught too.
 */
public final class IsolatedRun {
    private IsolatedRun() {
    }

    /** The class loader: defines the given classes itself, asks the platform loader for the JDK's. */
    public static final class ProgramLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        public ProgramLoader(Map<String, byte[]> classes) {
            super("program", ClassLoader.getPlatformClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    public static synchronized String run(Map<String, byte[]> classes, String mainClass, String... args) {
        PrintStream savedOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader savedContext = thread.getContextClassLoader();
        ProgramLoader loader = new ProgramLoader(classes);
        try {
            System.setOut(out);
            thread.setContextClassLoader(loader);
            Class<?> main = Class.forName(mainClass.replace('/', '.'), true, loader);
            Method method = main.getMethod("main", String[].class);
            method.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof LinkageError) {
                throw new AssertionError(mainClass + " failed to link a class: " + e.getCause(), e.getCause());
            }
            out.println("Exception in thread \"main\" " + e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new AssertionError("cannot run " + mainClass + ": " + e, e);
        } finally {
            System.setOut(savedOut);
            thread.setContextClassLoader(savedContext);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
