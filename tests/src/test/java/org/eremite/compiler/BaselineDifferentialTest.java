package org.eremite.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eremite.vm.testing.OldBytecode;
import org.eremite.compiler.corpus.Arrays;
import org.eremite.compiler.corpus.Calls;
import org.eremite.compiler.corpus.Control;
import org.eremite.compiler.corpus.Conversions;
import org.eremite.compiler.corpus.DoubleOps;
import org.eremite.compiler.corpus.FloatOps;
import org.eremite.compiler.corpus.IntOps;
import org.eremite.compiler.corpus.LongOps;
import org.eremite.compiler.corpus.MagicCalls;
import org.eremite.compiler.corpus.MagicOps;
import org.eremite.compiler.corpus.Objects;
import org.eremite.compiler.corpus.Statics;
import org.eremite.image.ImageWriter;
import org.eremite.image.run.QemuLauncher;
import org.eremite.image.run.QemuMachine;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential tests of the x86_64 baseline compiler: the static methods of a corpus class are compiled, linked
 * with the boot stub and a driver that calls each of them with boundary arguments, booted in QEMU, and every
 * printed result is compared with what HotSpot computes for the same call (by reflection, in the same order, so
 * static state evolves alike). A call that throws on HotSpot must print the exception's class name.
 */
class BaselineDifferentialTest {
    /** Calls per method at most: the full product of boundary values for one or two parameters. */
    private static final int MAX_CALLS_PER_METHOD = 1200;

    @TempDir
    Path dir;

    @Test
    void intArithmeticShiftsLogicAndComparisons() throws IOException {
        check(IntOps.class, allWithProduct(IntOps.class));
    }

    @Test
    void longArithmeticShiftsLogicAndComparisons() throws IOException {
        check(LongOps.class, allWithProduct(LongOps.class));
    }

    @Test
    void floatArithmeticRemainderAndComparisons() throws IOException {
        check(FloatOps.class, allWithProduct(FloatOps.class));
    }

    @Test
    void doubleArithmeticRemainderAndComparisons() throws IOException {
        check(DoubleOps.class, allWithProduct(DoubleOps.class));
    }

    @Test
    void everyConversion() throws IOException {
        check(Conversions.class, allWithProduct(Conversions.class));
    }

    @Test
    void branchesLoopsSwitchesAndRecursion() throws IOException {
        List<GuestCall> calls = new ArrayList<>();
        for (int n = 0; n <= 20; n++) {
            calls.add(call(Control.class, "fib", n));
            calls.add(call(Control.class, "sumTo", n * 1000 - 1));
            calls.add(call(Control.class, "nested", n * 3));
            calls.add(call(Control.class, "series", n * 50));
            calls.add(call(Control.class, "collatzSteps", (long) n * 12345 + 27));
        }
        for (int m = 0; m <= 2; m++) {
            for (int n = 0; n <= 3; n++) {
                calls.add(call(Control.class, "ackermann", m, n));
            }
        }
        calls.add(call(Control.class, "ackermann", 3, 3));
        for (int key = -10; key <= 10; key++) {
            calls.add(call(Control.class, "dense", key));
            calls.add(call(Control.class, "fewCases", key * 5));
            calls.add(call(Control.class, "fallThrough", key));
        }
        for (int key : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -100001, -100000, -99999, -8, -7, -6, -1,
            0, 1, 3, 99, 100, 101, 999, 1000, 65536, 1 << 30, Integer.MAX_VALUE - 1, Integer.MAX_VALUE}) {
            calls.add(call(Control.class, "sparse", key));
            calls.add(call(Control.class, "dense", key));
        }
        for (int a : BoundaryValues.INTS) {
            calls.add(call(Control.class, "isPrime", a));
            calls.add(call(Control.class, "max3", a, 7, -7));
            calls.add(call(Control.class, "max3", -7, a, 7));
            calls.add(call(Control.class, "max3", 7, -7, a));
            calls.add(call(Control.class, "gcd", a, 360));
        }
        for (int n = 0; n < 100; n++) {
            calls.add(call(Control.class, "isPrime", n));
        }
        for (int n = 0; n < 3; n++) {
            calls.add(call(Control.class, "bottomless", n));
            calls.add(call(Control.class, "overflowThenRecurse", 10 + n));
            calls.add(call(Control.class, "ackermann", 2, 3 + n));
        }
        check(Control.class, calls);
    }

    @Test
    void staticCallsWithRegisterAndStackArguments() throws IOException {
        List<GuestCall> calls = new ArrayList<>();
        calls.add(call(Calls.class, "manyInts", 1, 2, 3, 4, 5, 6, 7, 8, 9));
        calls.add(call(Calls.class, "manyInts", -1, Integer.MIN_VALUE, 3, Integer.MAX_VALUE, 5, 6, -7, 8, -9));
        calls.add(call(Calls.class, "manyDoubles", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
        calls.add(call(Calls.class, "manyDoubles", 0.1, -2.0, 3e300, 4.0, -5.5, 6.0, 7.0, 8e-300, -9.0, 1e10));
        calls.add(call(Calls.class, "mixed", 1, 2.0, 3L, 4.0f, 5, 6.0, 7L, 8.0f, 9, 10.0, 11L, 12.0f, 13, 14.0, 15L,
                16.0f, 17, 18.0));
        calls.add(call(Calls.class, "floats", 1.5f, -2.0f, 0.25f));
        for (int x : BoundaryValues.INTS) {
            calls.add(call(Calls.class, "callMixed", x));
            calls.add(call(Calls.class, "callManyInts", x));
            calls.add(call(Calls.class, "divideThenAdd", x, x % 3));
        }
        for (double x : BoundaryValues.DOUBLES) {
            calls.add(call(Calls.class, "callManyDoubles", x));
        }
        for (float x : BoundaryValues.FLOATS) {
            calls.add(call(Calls.class, "callFloats", x));
        }
        for (int n = 0; n < 40; n++) {
            calls.add(call(Calls.class, "isEven", n));
        }
        check(Calls.class, calls);
    }

    @Test
    void staticFieldsOfEveryKindWithTheStaticInitializer() throws IOException {
        List<GuestCall> calls = new ArrayList<>();
        calls.add(call(Statics.class, "readAll"));
        for (int i = 0; i < 5; i++) {
            calls.add(call(Statics.class, "bump", i * 1000 - 1));
            calls.add(call(Statics.class, "postIncrementTotal"));
            calls.add(call(Statics.class, "accumulate", i * 0.75));
            calls.add(call(Statics.class, "rescale", 1.5f - i));
            calls.add(call(Statics.class, "toggle"));
            calls.add(call(Statics.class, "narrowFields", i * 77 - 100));
            calls.add(call(Statics.class, "readAll"));
        }
        check(Statics.class, calls);
    }

    @Test
    void arraysOfEveryKindWithTheirChecks() throws IOException {
        List<GuestCall> calls = new ArrayList<>();
        for (int n : new int[] {-5, -1, 0, 1, 2, 7, 100}) {
            calls.add(call(Arrays.class, "sumOfSquares", n));
            calls.add(call(Arrays.class, "casts", n));
            calls.add(call(Arrays.class, "jagged", n));
            calls.add(call(Arrays.class, "objects", n));
            calls.add(call(Arrays.class, "locked", n));
            for (int i : new int[] {Integer.MIN_VALUE, -1, 0, 1, 3, 4, 6, 7, 100, Integer.MAX_VALUE}) {
                calls.add(call(Arrays.class, "element", n, i));
            }
        }
        for (int i : new int[] {-1, 0, 3, 4}) {
            calls.add(call(Arrays.class, "assignInt", i, 0x12345678));
            calls.add(call(Arrays.class, "assignLong", i, 0x123456789ABCDEFL));
        }
        for (int v : BoundaryValues.INTS) {
            calls.add(call(Arrays.class, "compound", v, v * 7));
            calls.add(call(Arrays.class, "bytes", v));
            calls.add(call(Arrays.class, "chars", v));
            calls.add(call(Arrays.class, "shorts", v));
            calls.add(call(Arrays.class, "booleans", v));
        }
        for (long v : BoundaryValues.LONGS) {
            calls.add(call(Arrays.class, "longs", v));
        }
        for (double v : BoundaryValues.DOUBLES) {
            calls.add(call(Arrays.class, "doubles", v));
        }
        for (float v : BoundaryValues.FLOATS) {
            calls.add(call(Arrays.class, "floats", v));
        }
        for (int[] dims : new int[][] {{1, 1, 1}, {2, 3, 4}, {3, 0, 2}, {0, 5, 5}, {2, -1, 3}, {-2, 2, 2}, {4, 4, 4}}) {
            calls.add(call(Arrays.class, "cube", dims[0], dims[1], dims[2]));
        }
        check(Arrays.class, calls);
    }

    @Test
    void objectsCallsFieldsTypeChecksAndExceptions() throws IOException {
        List<GuestCall> calls = new ArrayList<>();
        for (int n : new int[] {0, 1, 2, 3, 7, 20}) {
            calls.add(call(Objects.class, "shapes", n));
            calls.add(call(Objects.class, "linkedList", n));
            calls.add(call(Objects.class, "nested", n));
            for (int depth = 0; depth < 4; depth++) {
                calls.add(call(Objects.class, "unwound", depth, n - 2));
            }
        }
        for (int k = -5; k < 200; k += 7) {
            calls.add(call(Objects.class, "typeChecks", k));
        }
        for (int k = -1; k <= 2; k++) {
            for (String name : List.of("nullField", "nullStore", "nullLength", "nullElement", "nullVirtual",
                    "nullInterface", "nullCaught")) {
                calls.add(call(Objects.class, name, k));
            }
        }
        for (int v : BoundaryValues.INTS) {
            calls.add(call(Objects.class, "fields", v));
            calls.add(call(Objects.class, "assignments", v));
            calls.add(call(Objects.class, "caught", v));
            calls.add(call(Objects.class, "finallyCount"));
            calls.add(call(Objects.class, "rethrown", v));
            calls.add(call(Objects.class, "finallyCount"));
            calls.add(call(Objects.class, "uncaught", v));
        }
        check(Objects.class, calls);
    }

    @Test
    void jsrRetWideGotoWLdcWAndEveryStackForm() throws IOException {
        Class<?> rare = OldBytecode.load();
        List<GuestCall> calls = new ArrayList<>();
        for (int x : BoundaryValues.INTS) {
            calls.add(call(rare, "subroutine", x));
            calls.add(call(rare, "farJump", x));
            calls.add(call(rare, "wideLocals", x, x * 0.75));
            calls.add(call(rare, "stackForms", x, x ^ 0x5a5a, (long) x * 0x1_0000_0001L));
        }
        check(rare, List.of(ClassFileParser.parse(OldBytecode.classFile(), OldBytecode.NAME)), calls);
    }

    /**
     * Magic's loads and stores of every width, references through words and memory, the frame chain, fences. The
     * expected results are not HotSpot's own (HotSpot cannot run intrinsics) but those of the same class run on
     * HotSpot against {@link HostMagic}, a Java model of the same memory and frames; see there.
     */
    @Test
    void magicLoadsStoresReferencesAndFramesAgainstAHostModel() throws IOException {
        List<GuestCall> calls = new ArrayList<>();
        for (long v : BoundaryValues.LONGS) {
            calls.add(call(MagicOps.class, "storeLongReadElement", v));
            calls.add(call(MagicOps.class, "writeElementLoadLong", v));
            calls.add(call(MagicOps.class, "doubleOfBits", v));
            calls.add(call(MagicOps.class, "fencedAndSpun", v));
            for (int i = 0; i < 16; i++) {
                calls.add(call(MagicOps.class, "loadByteAt", v, i));
                calls.add(call(MagicOps.class, "loadShortAt", v, i));
                calls.add(call(MagicOps.class, "loadCharAt", v, i));
                calls.add(call(MagicOps.class, "loadIntAt", v, i));
                calls.add(call(MagicOps.class, "storeByteAt", v, i + 3));
                calls.add(call(MagicOps.class, "storeShortAt", v, i * 5));
                calls.add(call(MagicOps.class, "storeCharAt", v, i * 3 + 1));
                calls.add(call(MagicOps.class, "storeIntAt", v, i * 7 - 9));
            }
        }
        for (int v : BoundaryValues.INTS) {
            calls.add(call(MagicOps.class, "floatOfBits", v));
            calls.add(call(MagicOps.class, "referenceRoundTrip", v));
            calls.add(call(MagicOps.class, "referenceThroughMemory", v));
        }
        for (float f : BoundaryValues.FLOATS) {
            calls.add(call(MagicOps.class, "floatBits", f));
            calls.add(call(MagicOps.class, "floatThenDouble", f));
        }
        for (double d : BoundaryValues.DOUBLES) {
            calls.add(call(MagicOps.class, "doubleBits", d));
        }
        for (String name : List.of("nullIsZero", "framePointerChain", "returnAddresses", "stackBelowFrame")) {
            calls.add(call(MagicOps.class, name));
            calls.add(call(MagicOps.class, name));
        }
        check(MagicOps.class, HostMagic.load(MagicOps.class), List.of(ClassFileParser.parse(classBytes(MagicOps.class),
                MagicOps.class.getName())), calls);
    }

    /**
     * Magic's control transfer: callVoid and callObject call compiled methods whose addresses the driver passes in
     * (GC safepoints; a callee's exception reaches the caller's handler or leaves it), and resume continues a
     * caller's frame at a return address, one and two frames up. Oracle: {@link HostMagic}, as for the loads.
     */
    @Test
    void magicCallsThroughAddressesAndResumeAgainstAHostModel() throws IOException {
        String owner = MagicCalls.class.getName().replace('.', '/');
        List<GuestCall> calls = new ArrayList<>();
        for (int x : new int[] {0, 1, -7, 1 << 20, Integer.MAX_VALUE}) {
            calls.add(call(MagicCalls.class, "resumeAfterTheCall", x));
            calls.add(call(MagicCalls.class, "resumeTwoFramesUp", x));
            calls.add(withCode(owner, call(MagicCalls.class, "callVoidTwice", 0L), "initializer()V"));
            calls.add(withCode(owner, call(MagicCalls.class, "callObjectResult", 0L, 0L, x), "initializer()V",
                    "values()Ljava/lang/Object;"));
            calls.add(withCode(owner, call(MagicCalls.class, "callVoidThrowsIntoHandler", 0L, x), "throwing()V"));
            calls.add(withCode(owner, call(MagicCalls.class, "callVoidThrowsOut", 0L), "throwing()V"));
            calls.add(withCode(owner, call(MagicCalls.class, "callObjectInAnExpression", 0L, x),
                    "values()Ljava/lang/Object;"));
        }
        check(MagicCalls.class, HostMagic.load(MagicCalls.class), List.of(ClassFileParser.parse(
                classBytes(MagicCalls.class), MagicCalls.class.getName())), calls);
    }

    /**
     * {@code call} with its first long arguments replaced by the addresses of the methods of {@code owner} named
     * (name and descriptor): the compiled method's symbol in the guest, {@link HostMagic}'s address on HotSpot.
     */
    private static GuestCall withCode(String owner, GuestCall call, String... methods) {
        long[] arguments = call.arguments().clone();
        String[] symbols = call.symbols().clone();
        for (int i = 0; i < methods.length; i++) {
            String name = methods[i].substring(0, methods[i].indexOf('('));
            String descriptor = methods[i].substring(name.length());
            arguments[i] = HostMagic.methodAddress(name, descriptor);
            symbols[i] = org.eremite.vm.compiler.baseline.SymbolNames.method(owner, name, descriptor);
        }
        return new GuestCall(call.method(), arguments, symbols);
    }

    // ---------------------------------------------------------------- calls

    /** Every method with the product of boundary values over its parameters (capped per method). */
    private static List<GuestCall> allWithProduct(Class<?> corpus) {
        List<GuestCall> calls = new ArrayList<>();
        for (Method method : sortedMethods(corpus)) {
            Class<?>[] types = method.getParameterTypes();
            List<long[]> tuples = new ArrayList<>();
            tuples.add(new long[0]);
            for (Class<?> type : types) {
                List<long[]> longer = new ArrayList<>();
                for (long[] tuple : tuples) {
                    for (long value : BoundaryValues.of(type)) {
                        long[] extended = java.util.Arrays.copyOf(tuple, tuple.length + 1);
                        extended[tuple.length] = value;
                        longer.add(extended);
                    }
                }
                tuples = longer;
            }
            for (int i = 0; i < tuples.size() && i < MAX_CALLS_PER_METHOD; i++) {
                calls.add(new GuestCall(method, tuples.get(i)));
            }
        }
        return calls;
    }

    private static List<Method> sortedMethods(Class<?> corpus) {
        List<Method> methods = new ArrayList<>();
        for (Method method : corpus.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    private static GuestCall call(Class<?> corpus, String name, Object... args) {
        for (Method method : corpus.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                long[] bits = new long[args.length];
                for (int i = 0; i < args.length; i++) {
                    Object arg = args[i];
                    bits[i] = arg instanceof Float f ? Float.floatToRawIntBits(f) & 0xFFFF_FFFFL
                            : arg instanceof Double d ? Double.doubleToRawLongBits(d)
                            : arg instanceof Boolean b ? (b ? 1 : 0)
                            : ((Number) arg).longValue();
                }
                return new GuestCall(method, bits);
            }
        }
        throw new IllegalArgumentException(corpus + " has no method " + name);
    }

    // ---------------------------------------------------------------- the comparison

    /** The corpus class and its nested classes, main class first. */
    private void check(Class<?> corpus, List<GuestCall> calls) throws IOException {
        List<ClassFile> classes = new ArrayList<>();
        addWithNested(corpus, classes);
        check(corpus, classes, calls);
    }

    private static void addWithNested(Class<?> type, List<ClassFile> classes) throws IOException {
        classes.add(ClassFileParser.parse(classBytes(type), type.getName()));
        for (Class<?> nested : type.getDeclaredClasses()) {
            addWithNested(nested, classes);
        }
    }

    private void check(Class<?> corpus, List<ClassFile> classes, List<GuestCall> calls) throws IOException {
        check(corpus, corpus, classes, calls);
    }

    /** Compares the compiled {@code corpus} with the same calls made on HotSpot to {@code oracle}'s methods. */
    private void check(Class<?> corpus, Class<?> oracle, List<ClassFile> classes, List<GuestCall> calls)
            throws IOException {
        GuestImage guest = GuestImage.build(classes, calls);
        List<String> expected = new ArrayList<>();
        for (GuestCall call : calls) {
            expected.add(HotSpotOracle.expected(call, oracle));
        }
        Path image = dir.resolve(corpus.getSimpleName() + "-x86_64.elf");
        Files.write(image, ImageWriter.toElf(guest.image));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        QemuLauncher launcher = new QemuLauncher(QemuMachine.forIsa("x86_64"), "256M", 120, false);
        int status = launcher.run(image, List.of(), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8);
        String[] lines = output.isEmpty() ? new String[0] : output.split("\n", -1);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            String actual = i < lines.length ? lines[i] : "<no output>";
            if (!HotSpotOracle.agrees(calls.get(i).method().getReturnType(), expected.get(i), actual)) {
                mismatches.add(calls.get(i) + ": HotSpot " + expected.get(i) + ", compiled " + actual);
            }
        }
        long throwing = expected.stream().filter(line -> line.endsWith("Exception")).count();
        System.out.printf("%s: %d calls (%d throwing on HotSpot) of %d compiled methods (%d bytes of x86_64 code),"
                + " %d mismatches; first lines: %s%n", corpus.getSimpleName(), calls.size(), throwing,
                guest.compiled.size(), guest.codeBytes, mismatches.size(),
                String.join(" ", java.util.Arrays.asList(lines).subList(0, Math.min(4, lines.length))));
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + calls.size() + " calls differ from HotSpot, e.g.\n"
                    + String.join("\n", mismatches.subList(0, Math.min(30, mismatches.size())))
                    + "\nexit status " + status + "; stderr: " + err.toString(StandardCharsets.UTF_8));
        }
        assertEquals(0, status, "exit status; stderr: " + err.toString(StandardCharsets.UTF_8));
        assertTrue(lines.length == calls.size() + 1 && lines[calls.size()].isEmpty(),
                "expected exactly one line per call, got " + lines.length + " lines");
    }

    private static byte[] classBytes(Class<?> corpus) throws IOException {
        String name = corpus.getName();
        try (InputStream in = corpus.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }
}
