package org.eremite.vm.classfile;

import org.eremite.vm.testing.JdkClassFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.RecordComponentNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Every class file of the build JDK's java.base, parsed by {@link ClassFileParser} and compared with ASM's
 * ClassNode: the header, every field, every method with its code shape, exception table and line numbers, and
 * every invokedynamic's bootstrap method. Mismatches are collected, so a failure shows the first twenty.
 */
class JavaBaseClassFilesTest {
    private record Parsed(String path, ClassFile ours, AsmOracle asm) {
    }

    private static List<Parsed> parsed;

    @BeforeAll
    static void parseAll() {
        parsed = JdkClassFiles.javaBaseWithModuleInfo().parallelStream()
                .map(e -> new Parsed(e.path(), ClassFileParser.parse(e.bytes(), e.path()), new AsmOracle(e.bytes())))
                .toList();
    }

    /** The ClassNodes of all of java.base take hundreds of megabytes: let the next test class have them. */
    @AfterAll
    static void release() {
        parsed = null;
    }

    /** Runs {@code check} on every class in parallel and fails with the first mismatches it reports. */
    private static void forEachClass(BiConsumer<Parsed, List<String>> check) {
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        parsed.parallelStream().forEach(p -> {
            List<String> local = new ArrayList<>();
            check.accept(p, local);
            for (String m : local) {
                mismatches.add(p.ours.thisClass() + ": " + m);
            }
        });
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches, e.g.\n"
                + String.join("\n", mismatches.subList(0, Math.min(20, mismatches.size()))));
    }

    private static void same(List<String> out, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(what + ": ASM " + expected + ", ours " + actual);
        }
    }

    @Test
    void everyClassFileOfJavaBaseParses() {
        int classes = 0;
        int methods = 0;
        int asmMethods = 0;
        int natives = 0;
        for (Parsed p : parsed) {
            if (!p.ours.isModule()) {
                classes++;
            }
            methods += p.ours.methods().size();
            asmMethods += p.asm.node.methods.size();
            for (MethodInfo m : p.ours.methods()) {
                natives += m.isNative() ? 1 : 0;
            }
        }
        System.out.println("java.base: " + parsed.size() + " class files (" + classes + " classes and module-info), "
                + methods + " methods, " + natives + " native");
        assertEquals(JdkClassFiles.javaBaseWithModuleInfo().size(), parsed.size());
        assertEquals(asmMethods, methods);
        assertEquals(parsed.size() - 1, classes, "exactly one module-info");
    }

    @Test
    void classHeadersMatchAsm() {
        forEachClass((p, out) -> {
            ClassNode n = p.asm.node;
            ClassFile c = p.ours;
            same(out, "version", n.version, c.minorVersion() << 16 | c.majorVersion());
            // JVMS 4.1: bits not in Table 4.1-B are ignored. jlink's generated $Holder classes set ACC_PRIVATE.
            same(out, "access", n.access & AccessFlags.CLASS_FLAGS, c.accessFlags());
            same(out, "name", n.name, c.thisClass());
            same(out, "super", n.superName, c.superClass());
            same(out, "interfaces", n.interfaces, c.interfaces());
            same(out, "signature", n.signature, c.signature());
            same(out, "source file", n.sourceFile, c.sourceFile());
            same(out, "nest host", n.nestHostClass, c.nestHost());
            same(out, "nest members", orEmpty(n.nestMembers), c.nestMembers());
            same(out, "permitted subclasses", orEmpty(n.permittedSubclasses), c.permittedSubclasses());
            same(out, "enclosing class", n.outerClass,
                    c.enclosingMethod() == null ? null : c.enclosingMethod().className());
            same(out, "enclosing method", n.outerMethod,
                    c.enclosingMethod() == null ? null : c.enclosingMethod().methodName());
            same(out, "enclosing method descriptor", n.outerMethodDesc,
                    c.enclosingMethod() == null ? null : c.enclosingMethod().methodDescriptor());
            List<String> asmInner = new ArrayList<>();
            for (InnerClassNode i : n.innerClasses) {
                asmInner.add(i.name + " " + i.outerName + " " + i.innerName + " " + i.access);
            }
            List<String> ourInner = new ArrayList<>();
            for (InnerClass i : c.innerClasses()) {
                ourInner.add(i.innerClass() + " " + i.outerClass() + " " + i.innerName() + " " + i.accessFlags());
            }
            same(out, "inner classes", asmInner, ourInner);
            if (n.recordComponents == null) {
                same(out, "record", null, c.recordComponents());
            } else {
                List<String> asmComponents = new ArrayList<>();
                for (RecordComponentNode r : n.recordComponents) {
                    asmComponents.add(r.name + " " + r.descriptor + " " + r.signature);
                }
                List<String> ourComponents = new ArrayList<>();
                for (RecordComponent r : c.recordComponents()) {
                    ourComponents.add(r.name() + " " + r.descriptor() + " " + r.signature());
                }
                same(out, "record components", asmComponents, ourComponents);
            }
            same(out, "module", n.module != null, c.isModule());
        });
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    @Test
    void fieldsMatchAsm() {
        forEachClass((p, out) -> {
            List<FieldNode> asmFields = p.asm.node.fields;
            List<FieldInfo> fields = p.ours.fields();
            same(out, "field count", asmFields.size(), fields.size());
            for (int i = 0; i < Math.min(asmFields.size(), fields.size()); i++) {
                FieldNode n = asmFields.get(i);
                FieldInfo f = fields.get(i);
                String where = "field " + n.name + ":" + n.desc;
                same(out, where + " name", n.name, f.name());
                same(out, where + " descriptor", n.desc, f.descriptor());
                same(out, where + " access", n.access & 0xFFFF, f.accessFlags());
                same(out, where + " signature", n.signature, f.signature());
                // JVMS 4.7.2: only a static field's ConstantValue counts; ASM reports it for any field.
                Object expected = f.isStatic() && n.value != null ? AsmOracle.text(n.value) : null;
                same(out, where + " constant value", expected,
                        f.constantValue() == null ? null : AsmOracle.text(f.constantValue()));
            }
        });
    }

    @Test
    void methodsAndTheirCodeMatchAsm() {
        forEachClass((p, out) -> {
            List<MethodNode> asmMethods = p.asm.node.methods;
            List<MethodInfo> methods = p.ours.methods();
            Map<String, int[]> shapes = p.asm.codeShapes();
            same(out, "method count", asmMethods.size(), methods.size());
            for (int i = 0; i < Math.min(asmMethods.size(), methods.size()); i++) {
                MethodNode n = asmMethods.get(i);
                MethodInfo m = methods.get(i);
                String where = "method " + n.name + n.desc;
                same(out, where + " name", n.name, m.name());
                same(out, where + " descriptor", n.desc, m.descriptor());
                same(out, where + " access", n.access & 0xFFFF, m.accessFlags());
                same(out, where + " signature", n.signature, m.signature());
                same(out, where + " exceptions", n.exceptions, m.exceptions());
                CodeAttribute code = m.code();
                int[] shape = shapes.get(n.name + n.desc);
                same(out, where + " has code", shape != null, code != null);
                if (code == null || shape == null) {
                    continue;
                }
                same(out, where + " max stack", n.maxStack, code.maxStack());
                same(out, where + " max locals", n.maxLocals, code.maxLocals());
                same(out, where + " max stack (raw)", shape[0], code.maxStack());
                same(out, where + " code length", shape[2], code.codeLength());
                List<String> asmHandlers = new ArrayList<>();
                for (TryCatchBlockNode t : n.tryCatchBlocks) {
                    asmHandlers.add(p.asm.offset(t.start) + "-" + p.asm.offset(t.end) + "->" + p.asm.offset(t.handler)
                            + " " + t.type);
                }
                List<String> ourHandlers = new ArrayList<>();
                for (ExceptionHandler h : code.exceptionHandlers()) {
                    ourHandlers.add(h.startPc() + "-" + h.endPc() + "->" + h.handlerPc() + " " + h.catchType());
                }
                same(out, where + " exception table", asmHandlers, ourHandlers);
                List<String> asmLines = new ArrayList<>();
                for (AbstractInsnNode insn : n.instructions) {
                    if (insn instanceof LineNumberNode l) {
                        asmLines.add(p.asm.offset(l.start) + ":" + l.line);
                    }
                }
                // ASM reports line numbers in pc order (ties in table order); ours are in table order.
                List<LineNumber> ourSorted = new ArrayList<>(code.lineNumbers());
                ourSorted.sort(Comparator.comparingInt(LineNumber::startPc));
                List<String> ourLines = new ArrayList<>();
                for (LineNumber l : ourSorted) {
                    ourLines.add(l.startPc() + ":" + l.line());
                }
                same(out, where + " line numbers", asmLines, ourLines);
                int localVariables = n.localVariables == null ? 0 : n.localVariables.size();
                same(out, where + " local variables", localVariables, code.localVariables().size());
            }
        });
    }

    @Test
    void invokedynamicBootstrapMethodsMatchAsm() {
        int[] sites = new int[2];
        forEachClass((p, out) -> {
            Set<String> asmSites = new HashSet<>();
            int asmCount = 0;
            for (MethodNode m : p.asm.node.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof InvokeDynamicInsnNode indy) {
                        List<String> args = new ArrayList<>();
                        for (Object arg : indy.bsmArgs) {
                            args.add(AsmOracle.text(arg));
                        }
                        asmSites.add(indy.name + indy.desc + " " + AsmOracle.text(indy.bsm) + " " + args);
                        asmCount++;
                    }
                }
            }
            Set<String> ourSites = new HashSet<>();
            ClassFile c = p.ours;
            ConstantPool pool = c.constantPool();
            for (int i = 1; i < pool.size(); i++) {
                if (pool.tag(i) == ConstantTag.INVOKE_DYNAMIC) {
                    DynamicRef d = pool.dynamic(i);
                    BootstrapMethod bsm = c.bootstrapMethods().get(d.bootstrapMethodIndex());
                    ourSites.add(d.name() + d.descriptor() + " " + AsmOracle.text(pool.methodHandle(bsm.methodHandleIndex()))
                            + " " + AsmOracle.arguments(c, bsm));
                }
            }
            same(out, "invokedynamic sites", asmSites, ourSites);
            synchronized (sites) {
                sites[0] += asmCount;
                sites[1] += ourSites.size();
            }
        });
        System.out.println("java.base: " + sites[0] + " invokedynamic instructions, " + sites[1]
                + " distinct CONSTANT_InvokeDynamic call sites");
    }
}
