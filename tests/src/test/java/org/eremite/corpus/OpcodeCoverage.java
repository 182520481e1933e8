package org.eremite.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which opcodes the compiled corpus uses, as ASM names them (ASM folds the short forms {@code iload_0},
 * {@code ldc_w}, {@code goto_w} and the {@code wide} prefix into the plain opcodes, so {@code wide} is counted
 * separately: a local variable index above 255 or an {@code iinc} increment outside a byte).
 *
 * <p>Not required: {@code jsr} and {@code ret} (only in class files before version 50, which javac 17 cannot
 * write), {@code nop} (never emitted) and {@code swap} (javac 17 emits it for no construct we could find; the
 * compiler's own tests must cover it). Thread-safe: programs are scanned from two threads.
 */
final class OpcodeCoverage {
    /** Opcodes that no Java source in the corpus can be expected to produce with javac 17. */
    static final Set<String> NOT_EMITTED_BY_JAVAC = Set.of("nop", "jsr", "ret", "swap");
    static final String WIDE = "wide";

    /** JVMS chapter 6's mnemonics by opcode, as ASM reports them: null for the forms ASM folds away. */
    private static final String[] MNEMONICS = new String[202];

    static {
        String table = "nop aconst_null iconst_m1 iconst_0 iconst_1 iconst_2 iconst_3 iconst_4 iconst_5 lconst_0 "
                + "lconst_1 fconst_0 fconst_1 fconst_2 dconst_0 dconst_1 bipush sipush ldc - - iload lload fload "
                + "dload aload - - - - - - - - - - - - - - - - - - - - iaload laload faload daload aaload baload "
                + "caload saload istore lstore fstore dstore astore - - - - - - - - - - - - - - - - - - - - iastore "
                + "lastore fastore dastore aastore bastore castore sastore pop pop2 dup dup_x1 dup_x2 dup2 dup2_x1 "
                + "dup2_x2 swap iadd ladd fadd dadd isub lsub fsub dsub imul lmul fmul dmul idiv ldiv fdiv ddiv irem "
                + "lrem frem drem ineg lneg fneg dneg ishl lshl ishr lshr iushr lushr iand land ior lor ixor lxor "
                + "iinc i2l i2f i2d l2i l2f l2d f2i f2l f2d d2i d2l d2f i2b i2c i2s lcmp fcmpl fcmpg dcmpl dcmpg ifeq "
                + "ifne iflt ifge ifgt ifle if_icmpeq if_icmpne if_icmplt if_icmpge if_icmpgt if_icmple if_acmpeq "
                + "if_acmpne goto jsr ret tableswitch lookupswitch ireturn lreturn freturn dreturn areturn return "
                + "getstatic putstatic getfield putfield invokevirtual invokespecial invokestatic invokeinterface "
                + "invokedynamic new newarray anewarray arraylength athrow checkcast instanceof monitorenter "
                + "monitorexit - multianewarray ifnull ifnonnull";
        String[] names = table.split(" ");
        for (int opcode = 0; opcode < names.length; opcode++) {
            MNEMONICS[opcode] = names[opcode].equals("-") ? null : names[opcode];
        }
    }

    private final BitSet used = new BitSet(256);
    private boolean wide;

    synchronized void scan(Path classes) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            ClassNode node = new ClassNode();
            try {
                new ClassReader(Files.readAllBytes(file)).accept(node, ClassReader.SKIP_FRAMES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn.getOpcode() >= 0) {
                        used.set(insn.getOpcode());
                    }
                    if (insn instanceof VarInsnNode v && v.var > 255
                            || insn instanceof IincInsnNode i && (i.var > 255 || i.incr < -128 || i.incr > 127)) {
                        wide = true;
                    }
                }
            }
        }
    }

    /** The opcodes (ASM's names) that javac emits and no corpus program uses. */
    synchronized Set<String> missing() {
        Set<String> missing = new TreeSet<>();
        for (int opcode = 0; opcode < MNEMONICS.length; opcode++) {
            String name = MNEMONICS[opcode];
            if (name != null && !used.get(opcode) && !NOT_EMITTED_BY_JAVAC.contains(name)) {
                missing.add(name);
            }
        }
        if (!wide) {
            missing.add(WIDE);
        }
        return missing;
    }
}
