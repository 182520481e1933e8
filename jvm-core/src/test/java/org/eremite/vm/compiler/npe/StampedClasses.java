package org.eremite.vm.compiler.npe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.LineNumber;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;

/**
 * Classes given a line per instruction ({@link LineStamper}), loaded into HotSpot by a class loader of their own,
 * and parsed by Eremite's parser from the same bytes: a HotSpot frame's line names the method and the offset.
 * Two checks against HotSpot: run the {@code npe*} cases and compare each NullPointerException's message with
 * Eremite's for the frame it was thrown from; and compare the messages of every instruction of every method,
 * through {@link ForgedFrames}.
 */
final class StampedClasses extends ClassLoader {
    private final Map<String, byte[]> bytes = new LinkedHashMap<>();
    private final Map<String, ClassFile> parsed = new LinkedHashMap<>();

    /** {@code classes}: binary name to class file, not yet stamped. */
    StampedClasses(Map<String, byte[]> classes) {
        super(StampedClasses.class.getClassLoader());
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            byte[] stamped = LineStamper.stamp(entry.getValue());
            bytes.put(entry.getKey(), stamped);
            parsed.put(entry.getKey(), ClassFileParser.parse(stamped, entry.getKey()));
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = bytes.get(name);
        if (b == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
    }

    Iterable<String> names() {
        return bytes.keySet();
    }

    ClassFile classFile(String name) {
        return parsed.get(name);
    }

    Class<?> load(String name) {
        try {
            Class<?> c = Class.forName(name, false, this);
            c.getDeclaredMethods(); // links the class, as a class must be to have run
            return c;
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** One case's outcome: the frame it failed in and the two messages. */
    record Outcome(String caseName, String frame, String hotSpot, String eremite, boolean inStampedClass) {
        boolean agrees() {
            return hotSpot == null ? eremite == null : hotSpot.equals(eremite);
        }

        @Override
        public String toString() {
            return caseName + " at " + frame + ":\n    HotSpot: " + hotSpot + "\n    Eremite: " + eremite;
        }
    }

    /**
     * Runs every public static no-argument method of {@code className} whose name starts with {@code npe}; each
     * must throw a NullPointerException.
     */
    List<Outcome> runCases(String className) {
        List<Outcome> outcomes = new ArrayList<>();
        Class<?> c = load(className);
        for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
            if (!m.getName().startsWith("npe") || m.getParameterCount() != 0) {
                continue;
            }
            Throwable thrown = null;
            java.io.PrintStream out = System.out;
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            try {
                m.invoke(null);
            } catch (java.lang.reflect.InvocationTargetException e) {
                thrown = e.getCause();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            } finally {
                System.setOut(out);
            }
            String caseName = className + "." + m.getName();
            if (!(thrown instanceof NullPointerException)) {
                throw new AssertionError(caseName + " threw " + thrown + " instead of a NullPointerException", thrown);
            }
            outcomes.add(outcome(caseName, (NullPointerException) thrown));
        }
        return outcomes;
    }

    private Outcome outcome(String caseName, NullPointerException e) {
        String hotSpot = e.getMessage();
        StackTraceElement top = e.getStackTrace()[0];
        ClassFile classFile = parsed.get(top.getClassName());
        if (classFile == null) {
            return new Outcome(caseName, top.toString(), hotSpot, null, false);
        }
        for (MethodInfo method : classFile.methods()) {
            if (method.code() == null || !method.name().equals(top.getMethodName())) {
                continue;
            }
            for (LineNumber line : method.code().lineNumbers()) {
                if (line.line() == top.getLineNumber()) {
                    int bci = line.startPc();
                    Instruction insn = InstructionList.decode(method.toString(), method.code().code()).at(bci);
                    String eremite = NullPointerMessages.of(classFile, method, bci);
                    return new Outcome(caseName, top.getClassName() + "." + method + " " + insn, hotSpot, eremite,
                            true);
                }
            }
        }
        throw new AssertionError(caseName + ": no instruction has the line of " + top);
    }

    /**
     * Compares the messages of every instruction ({@code all}) or of those that can throw, in every method of
     * {@code className}, with HotSpot's.
     */
    SweepResult sweep(String className, ForgedFrames frames, boolean all) {
        return Sweep.compare(frames, load(className), parsed.get(className), all);
    }

    static String firstLines(List<?> items, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size() && i < max; i++) {
            text.append('\n').append(items.get(i));
        }
        if (items.size() > max) {
            text.append("\n... and ").append(items.size() - max).append(" more");
        }
        return text.toString();
    }
}
