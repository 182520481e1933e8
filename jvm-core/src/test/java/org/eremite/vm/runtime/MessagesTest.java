package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Each message is compared with the one HotSpot gives when the same error is provoked on the host. */
class MessagesTest {
    public interface Shape {
        void area(int sides, String unit);

        String[] corners();
    }

    static class Animal {
    }

    static class Dog extends Animal {
    }

    private final HostHubs world = new HostHubs();

    private static String messageOf(Runnable action, Class<? extends Throwable> expected) {
        try {
            action.run();
        } catch (Throwable t) {
            assertEquals(expected, t.getClass(), "the host threw " + t);
            return t.getMessage();
        }
        return fail("the host threw nothing");
    }

    private String castMessage(Object value, Class<?> target) {
        return Messages.classCast(world.hub(value.getClass()), world.hub(target));
    }

    @Test
    void classCastNamesBothClassesAndTheirModules() {
        Object integer = 5;
        Object animal = new Animal();
        Object ints = new int[1];
        Object animals = new Animal[1];
        Object animalGrid = new Animal[1][1];
        Object list = new java.util.ArrayList<String>();
        assertEquals(messageOf(() -> System.out.print((String) integer), ClassCastException.class),
                castMessage(integer, String.class));
        assertEquals(messageOf(() -> System.out.print((Dog) animal), ClassCastException.class),
                castMessage(animal, Dog.class));
        assertEquals(messageOf(() -> System.out.print((String) animal), ClassCastException.class),
                castMessage(animal, String.class));
        assertEquals(messageOf(() -> System.out.print((Shape) integer), ClassCastException.class),
                castMessage(integer, Shape.class));
        assertEquals(messageOf(() -> System.out.print((String[]) ints), ClassCastException.class),
                castMessage(ints, String[].class));
        assertEquals(messageOf(() -> System.out.print((Dog[]) animals), ClassCastException.class),
                castMessage(animals, Dog[].class));
        assertEquals(messageOf(() -> System.out.print((Runnable) animalGrid), ClassCastException.class),
                castMessage(animalGrid, Runnable.class));
        assertEquals(messageOf(() -> System.out.print((Runnable) list), ClassCastException.class),
                castMessage(list, Runnable.class));
    }

    @Test
    void arrayStoreNamesTheValuesClass() {
        Object[] strings = new String[1];
        assertEquals(messageOf(() -> strings[0] = 1, ArrayStoreException.class),
                Messages.arrayStore(world.hub(Integer.class)));
        assertEquals(messageOf(() -> strings[0] = new int[0], ArrayStoreException.class),
                Messages.arrayStore(world.hub(int[].class)));
        assertEquals(messageOf(() -> strings[0] = new Animal[0], ArrayStoreException.class),
                Messages.arrayStore(world.hub(Animal[].class)));
    }

    @Test
    void arrayIndexNegativeSizeAndDivisionAsHotSpot() {
        int[] three = new int[3];
        int five = 5;
        int minusOne = -1;
        int zero = 0;
        assertEquals(messageOf(() -> three[five] = 1, ArrayIndexOutOfBoundsException.class),
                Messages.arrayIndexOutOfBounds(5, 3));
        assertEquals(messageOf(() -> three[minusOne] = 1, ArrayIndexOutOfBoundsException.class),
                Messages.arrayIndexOutOfBounds(-1, 3));
        assertEquals(messageOf(() -> System.out.print(new int[-five]), NegativeArraySizeException.class),
                Messages.negativeArraySize(-5));
        assertEquals(messageOf(() -> System.out.print(five / zero), ArithmeticException.class),
                Messages.divisionByZero());
        assertEquals(messageOf(() -> System.out.print(5L % zero), ArithmeticException.class),
                Messages.divisionByZero());
    }

    @Test
    void multiArrayReportsTheOutermostNegativeCount() {
        int minusThree = -3;
        int minusTwo = -2;
        int three = 3;
        assertEquals(messageOf(() -> System.out.print(new int[minusThree][minusTwo]),
                NegativeArraySizeException.class), Messages.negativeArraySize(-3));
        assertEquals(messageOf(() -> System.out.print(new int[three][minusTwo][minusThree]),
                NegativeArraySizeException.class), Messages.negativeArraySize(-2));
    }

    @Test
    void monitorExitWithoutOwnershipAsHotSpot() {
        assertEquals(messageOf(() -> new Object().notify(), IllegalMonitorStateException.class), Monitors.NOT_OWNER);
    }

    @Test
    void uncaughtPrefixIsTheDefaultHandlersWords() throws InterruptedException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        Thread main = new Thread(() -> {
            throw new IllegalStateException("boom");
        }, "main");
        System.setErr(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            main.start();
            main.join();
        } finally {
            System.setErr(saved);
        }
        String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Messages.UNCAUGHT_PREFIX + "java.lang.IllegalStateException: boom",
                printed.substring(0, printed.indexOf(System.lineSeparator())));
    }

    // ---------------------------------------------------------------- invokeinterface errors

    /** A class made with ASM: implements Shape (binary incompatibly: none of its methods); a caller of Runnable. */
    private static final class Generated extends ClassLoader {
        static final String BLOB = "org/eremite/vm/runtime/GeneratedBlob";
        static final String CALLER = "org/eremite/vm/runtime/GeneratedCaller";

        Generated() {
            super(MessagesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes;
            if (name.equals(BLOB.replace('/', '.'))) {
                bytes = blob();
            } else if (name.equals(CALLER.replace('/', '.'))) {
                bytes = caller();
            } else {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        private static byte[] blob() {
            ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, BLOB, null, "java/lang/Object",
                    new String[] {Type.getInternalName(Shape.class)});
            MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            m.visitInsn(Opcodes.RETURN);
            m.visitMaxs(0, 0);
            w.visitEnd();
            return w.toByteArray();
        }

        /** {@code static void run(Object o)}: invokeinterface Runnable.run on o, which the verifier allows. */
        private static byte[] caller() {
            ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, CALLER, null, "java/lang/Object", null);
            MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "(Ljava/lang/Object;)V",
                    null, null);
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true);
            m.visitInsn(Opcodes.RETURN);
            m.visitMaxs(0, 0);
            w.visitEnd();
            return w.toByteArray();
        }
    }

    @Test
    void interfaceLookupErrorsAsHotSpot() throws Exception {
        Generated loader = new Generated();
        Object blob = loader.loadClass(Generated.BLOB.replace('/', '.')).getConstructor().newInstance();
        Class<?> caller = loader.loadClass(Generated.CALLER.replace('/', '.'));
        String abstractMessage = messageOf(() -> ((Shape) blob).area(3, "cm"), AbstractMethodError.class);
        String cornersMessage = messageOf(() -> ((Shape) blob).corners(), AbstractMethodError.class);
        String incompatibleMessage = messageOf(() -> {
            try {
                caller.getMethod("run", Object.class).invoke(null, blob);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw (Error) e.getCause();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }, IncompatibleClassChangeError.class);

        Hub shape = world.hub(Shape.class);
        Hub runnable = world.hub(Runnable.class);
        shape.itableSignatures = new String[] {"void area(int, java.lang.String)", "java.lang.String[] corners()"};
        Hub receiver = world.hub(blob.getClass());
        receiver.itableIds = new int[] {shape.interfaceId};
        receiver.itables = new long[][] {{0, 0}};
        Hub[] saved = Hub.interfaceHubs;
        Hub.interfaceHubs = world.interfaceHubs();
        try {
            assertEquals(abstractMessage, assertThrows(AbstractMethodError.class,
                    () -> InterfaceDispatch.lookup(receiver, shape.interfaceId, 0)).getMessage());
            assertEquals(cornersMessage, assertThrows(AbstractMethodError.class,
                    () -> InterfaceDispatch.lookup(receiver, shape.interfaceId, 1)).getMessage());
            assertEquals(incompatibleMessage, assertThrows(IncompatibleClassChangeError.class,
                    () -> InterfaceDispatch.lookup(receiver, runnable.interfaceId, 0)).getMessage());
            receiver.itables = new long[][] {{0x1234, 0x5678}};
            assertEquals(0x5678, InterfaceDispatch.lookup(receiver, shape.interfaceId, 1));
        } finally {
            Hub.interfaceHubs = saved;
        }
    }

    @Test
    void interfaceErrorsWithoutBuilderNamesStillSaySomething() {
        Hub receiver = HostHubs.named("p.Receiver", 0);
        Hub[] saved = Hub.interfaceHubs;
        Hub.interfaceHubs = null;
        try {
            assertEquals("Class p.Receiver does not implement the requested interface with interface id 7",
                    Messages.doesNotImplement(receiver, 7));
            assertEquals("Receiver class p.Receiver does not define or inherit an implementation of the resolved"
                    + " method of interface with interface id 7.", Messages.abstractMethod(receiver, 7, 0));
        } finally {
            Hub.interfaceHubs = saved;
        }
    }
}
