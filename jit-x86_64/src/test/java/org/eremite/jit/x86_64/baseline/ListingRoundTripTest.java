package org.eremite.jit.x86_64.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eremite.vm.testing.OldBytecode;
import org.eremite.vm.asm.testing.GnuBinutils;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.baseline.BaselineCompiler;
import org.eremite.vm.compiler.baseline.CompilationException;
import org.eremite.vm.compiler.baseline.CompiledMethod;
import org.eremite.vm.testing.JdkClassFiles;
import org.junit.jupiter.api.Test;

/**
 * The templates' code, checked instruction by instruction against GNU as: each compiled method's listing is
 * assembled (the methods of a class in one source, their labels renamed apart) and must give exactly the bytes
 * the compiler emitted. The sample covers every template that java.base reaches plus the old and odd bytecode of
 * {@link OldBytecode}.
 */
class ListingRoundTripTest {
    private static final List<String> SAMPLE = List.of("java/lang/Math", "java/lang/StrictMath", "java/lang/Integer",
            "java/lang/Long", "java/lang/Float", "java/lang/Double", "java/lang/String", "java/lang/StringLatin1",
            "java/lang/Character", "java/lang/CharacterDataLatin1", "java/util/HashMap", "java/util/ArrayList",
            "java/util/Arrays", "java/util/DualPivotQuicksort", "java/math/BigInteger", "java/math/BigDecimal",
            "java/util/concurrent/ConcurrentHashMap", "java/util/regex/Pattern", "java/util/Formatter",
            "jdk/internal/math/FloatingDecimal", "java/lang/Thread", "java/io/ObjectStreamClass",
            "sun/nio/cs/UTF_8", "java/time/LocalDate", "java/util/zip/ZipFile");
    private static final Pattern LABEL = Pattern.compile("(?<![\\w.\"$])(bci_\\d+|\\.L\\d+)\\b");

    @Test
    void javaBaseSampleAssemblesIdenticallyWithGnuAs() {
        int methods = 0;
        for (String name : SAMPLE) {
            methods += roundTrip(ClassFileParser.parse(JdkClassFiles.bytesOf(name), name));
        }
        assertTrue(methods > 1500, "compiled only " + methods + " methods");
    }

    @Test
    void oldAndOddBytecodeAssemblesIdenticallyWithGnuAs() {
        ClassFile old = ClassFileParser.parse(OldBytecode.classFile(), OldBytecode.NAME);
        assertEquals(7, roundTrip(old));
    }

    @Test
    void popAndL2iEmitNoCode() {
        ClassFile old = ClassFileParser.parse(OldBytecode.classFile(), OldBytecode.NAME);
        CompiledMethod wide = new BaselineCompiler(new TestContext(), new Backend()).withListing(true)
                .compile(old, old.findMethod("wide", "(J)J"));
        assertNull(TableChecks.problem(wide));
        // pop2 at the instruction after dup2_x2 starts where the next instruction (ladd) starts.
        int pop2 = -1;
        for (int i = 0; i < wide.instructionCount(); i++) {
            int bci = wide.instructionBytecodeOffset(i);
            if (old.findMethod("wide", "(J)J").code().code()[bci] == (byte) 0x58) {
                pop2 = i;
            }
        }
        assertEquals(-1, pop2, "pop2 produced code: it should have no line-map entry of its own");
    }

    @Test
    void magicIntrinsicsAssembleIdenticallyWithGnuAs() throws java.io.IOException {
        byte[] bytes;
        try (java.io.InputStream in = MagicSample.class.getResourceAsStream("MagicSample.class")) {
            bytes = in.readAllBytes();
        }
        ClassFile sample = ClassFileParser.parse(bytes, "MagicSample");
        assertEquals(6, roundTrip(sample), "the constructor and five methods");
        String listing = new BaselineCompiler(new TestContext(), new Backend()).withListing(true)
                .compile(sample, sample.findMethod("framesAndProcessor", "(Ljava/lang/Object;)Ljava/lang/Object;"))
                .listing();
        assertTrue(listing.contains("mfence") && listing.contains("pause") && !listing.contains("call"), listing);
    }

    @Test
    void stackLimitChecksAndTheirOutOfLineCodeAssembleIdenticallyWithGnuAs() throws java.io.IOException {
        ClassFile sample = StackLimitCheckTest.sample();
        assertEquals(6, roundTrip(sample), "the constructor and five methods");
        String listing = new BaselineCompiler(new TestContext(), new Backend()).withListing(true)
                .compile(sample, sample.findMethod("empty", "()V")).listing();
        assertTrue(listing.contains("eremite.stack_limit") && listing.contains("leave")
                && listing.contains("eremite.runtime.throwStackOverflow"), listing);
    }

    @Test
    void callsThroughAddressesAreSafepointsWithTheGcMapOfACall() throws java.io.IOException {
        ClassFile sample = magicSample();
        CompiledMethod m = new BaselineCompiler(new TestContext(), new Backend()).withListing(true)
                .compile(sample, sample.findMethod("callsThroughAddresses",
                        "(Ljava/lang/Object;JJ)Ljava/lang/Object;"));
        assertNull(TableChecks.problem(m));
        assertEquals(2, m.gcMaps().size(), "callVoid and callObject: " + m.listing());
        byte[] code = m.code();
        int stackBottom = m.frame().maxLocals();
        for (CompiledMethod.GcMap map : m.gcMaps()) {
            int r = map.returnOffset();
            // call r11 (REX.B FF /2): the map is at its return address.
            assertEquals("41ffd3", HexFormat.of().formatHex(code, r - 3, r), "at 0x" + Integer.toHexString(r));
            assertTrue(map.isReference(0), "o is live across the call");
            for (int slot = 1; slot <= 5; slot++) {
                assertTrue(!map.isReference(slot), "the addresses are longs, result is unset: slot " + slot);
            }
            for (int slot = stackBottom; slot < m.frame().slotCount(); slot++) {
                assertTrue(!map.isReference(slot), "nothing on the operand stack is live during the call");
            }
        }
        CompiledMethod resume = new BaselineCompiler(new TestContext(), new Backend()).withListing(true)
                .compile(sample, sample.findMethod("resumeInHandler", "(J)V"));
        assertEquals(0, resume.gcMaps().size(), "resume is no call site");
        assertTrue(resume.listing().contains("mov rsp, rcx") && resume.listing().contains("mov rbp, rdx")
                && resume.listing().contains("jmp rax") && !resume.listing().contains("call"), resume.listing());
    }

    private static ClassFile magicSample() throws java.io.IOException {
        try (java.io.InputStream in = MagicSample.class.getResourceAsStream("MagicSample.class")) {
            return ClassFileParser.parse(in.readAllBytes(), "MagicSample");
        }
    }

    /** Compiles every method of {@code classFile} with a listing and checks them all with one run of as. */
    private static int roundTrip(ClassFile classFile) {
        BaselineCompiler compiler = new BaselineCompiler(new TestContext(), new Backend()).withListing(true);
        List<CompiledMethod> compiled = new ArrayList<>();
        StringBuilder source = new StringBuilder(".intel_syntax noprefix\n");
        for (MethodInfo method : classFile.methods()) {
            if (method.code() == null) {
                continue;
            }
            CompiledMethod m;
            try {
                m = compiler.compile(classFile, method);
            } catch (CompilationException e) {
                if (e.getMessage().contains("invokedynamic") || e.getMessage().contains("desugared")) {
                    continue;
                }
                throw e;
            }
            String problem = TableChecks.problem(m);
            if (problem != null) {
                fail(m.symbol() + ": " + problem);
            }
            int index = compiled.size();
            compiled.add(m);
            Matcher labels = LABEL.matcher(m.listing().replace(".intel_syntax noprefix\n", ""));
            source.append(labels.replaceAll("m" + index + "_$1"));
        }
        byte[] reference = GnuBinutils.X86_64.assemble(source.toString());
        int at = 0;
        HexFormat hex = HexFormat.of();
        for (CompiledMethod m : compiled) {
            byte[] ours = m.code();
            for (int i = 0; i < ours.length; i++) {
                if (at + i >= reference.length || reference[at + i] != ours[i]) {
                    int from = Math.max(0, i - 8);
                    fail(m.symbol() + ": byte 0x" + Integer.toHexString(i) + " differs from GNU as: ours "
                            + hex.formatHex(ours, from, Math.min(ours.length, i + 8)) + ", as "
                            + (at + i < reference.length ? hex.formatHex(reference, at + from,
                                    Math.min(reference.length, at + i + 8)) : "<end>") + "\n" + m.listing());
                }
            }
            at += ours.length;
        }
        assertEquals(reference.length, at, classFile.thisClass() + ": as produced more bytes");
        return compiled.size();
    }
}
