package org.eremite.image.desugar;

import java.util.ArrayList;
import org.eremite.image.classpath.CodeLocation;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rewrites every {@code invokedynamic} of one class, so that the compiler never sees one, and refuses what
 * cannot be rewritten (other bootstrap methods, dynamic constants, signature-polymorphic calls in application
 * classes) with the class, method, bytecode offset and bootstrap method in the message.
 */
final class Desugarer {
    private final DesugarEnvironment environment;
    private final LambdaRewriter lambdas;

    Desugarer(DesugarEnvironment environment) {
        this.environment = environment;
        this.lambdas = new LambdaRewriter(environment, new ImplementationAccess(environment));
    }

    void desugar(ParsedClass parsed) {
        boolean changed = false;
        if (!parsed.application()) {
            changed |= !VarHandleRewriter.rewrite(parsed, environment).isEmpty();
        }
        // A copy: accessors and record helpers are added to the list while it is walked.
        for (MethodNode method : new ArrayList<>(parsed.node().methods)) {
            int firstFree = method.maxLocals;
            for (AbstractInsnNode insn : method.instructions.toArray()) {
                if (insn instanceof InvokeDynamicInsnNode site) {
                    CallSite call = new CallSite(parsed, method, site, location(parsed, method, insn), firstFree);
                    rewrite(call);
                    changed = true;
                } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof ConstantDynamic constant) {
                    throw new UnsupportedBytecodeException(location(parsed, method, insn), "a dynamic constant "
                            + "(ldc of CONSTANT_Dynamic " + constant.getName() + ") with bootstrap method "
                            + Bootstraps.describe(constant.getBootstrapMethod()) + " is not supported");
                } else if (parsed.application() && insn instanceof MethodInsnNode call
                        && SignaturePolymorphic.isCall(call)) {
                    throw new UnsupportedBytecodeException(location(parsed, method, insn), "a call of "
                            + call.owner.replace('/', '.') + "." + call.name + " (signature-polymorphic, type "
                            + call.desc + ") is not supported in application code: Eremite compiles no method "
                            + "handle or VarHandle invocation");
                }
            }
        }
        if (changed) {
            environment.statistics().countChanged(parsed.application());
        }
    }

    private void rewrite(CallSite call) {
        Handle bsm = call.site().bsm;
        for (Object arg : call.site().bsmArgs) {
            if (arg instanceof ConstantDynamic constant) {
                throw call.unsupported("invokedynamic with bootstrap method " + Bootstraps.describe(bsm)
                        + " has a dynamic constant (" + constant.getName() + ") as argument, which is not supported");
            }
        }
        boolean application = call.owner().application();
        if (Bootstraps.isStringConcat(bsm)) {
            StringConcatRewriter.rewrite(call);
            environment.statistics().countConcat(application);
        } else if (Bootstraps.isLambdaMetafactory(bsm)) {
            lambdas.rewrite(call);
            environment.statistics().countLambda(application);
            environment.statistics().countGenerated(application);
        } else if (Bootstraps.isObjectMethods(bsm)) {
            RecordMethodsRewriter.rewrite(call);
            environment.statistics().countRecord(application);
        } else {
            throw call.unsupported("invokedynamic " + call.site().name + call.site().desc + " with bootstrap method "
                    + Bootstraps.describe(bsm) + " is not supported (Eremite desugars string concatenation, "
                    + "lambdas and method references, and records' toString, equals and hashCode)");
        }
    }

    private static CodeLocation location(ParsedClass parsed, MethodNode method, AbstractInsnNode insn) {
        return new CodeLocation(parsed.name(), method.name, method.desc, parsed.offsets().offsetOf(insn));
    }
}
