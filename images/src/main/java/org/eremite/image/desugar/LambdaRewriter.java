package org.eremite.image.desugar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Replaces a {@code LambdaMetafactory} call site with the use of a class generated for it.
 *
 * <p>Identity: a capturing site makes a new object each time it runs ({@code invokestatic get$Lambda}), as the
 * JDK does. A non-capturing site yields one object, the same at every evaluation, kept in the generated class's
 * {@code INSTANCE} ({@code getstatic}); the JDK likewise links such a site to a constant. Two different call
 * sites never share an object, here or in the JDK. The generated class is initialized, and its instance made,
 * the first time the site runs, as the JDK links the site on first use.
 */
final class LambdaRewriter {
    private final DesugarEnvironment environment;
    private final ImplementationAccess access;

    LambdaRewriter(DesugarEnvironment environment, ImplementationAccess access) {
        this.environment = environment;
        this.access = access;
    }

    void rewrite(CallSite call) {
        LambdaSite site;
        ImplementationCall implementation;
        try {
            site = LambdaSite.parse(call.site());
            implementation = access.callFor(call.owner(), site);
        } catch (IllegalArgumentException e) {
            throw call.unsupported("lambda call site that LambdaMetafactory would refuse: " + e.getMessage());
        }
        String className = freeClassName(call.owner().name());
        boolean extendsSerializable = anyExtendsSerializable(site);
        ClassNode generated = LambdaClassGenerator.generate(className, call.owner().node(), site, implementation,
                site.serializable() && !extendsSerializable, !site.serializable() && extendsSerializable);
        environment.define(ParsedClass.generated(generated, "generated for the lambda at " + call.location(),
                call.owner().application()));
        List<String> captured = new ArrayList<>();
        for (Type type : site.factoryType().getArgumentTypes()) {
            captured.add(type.getDescriptor());
        }
        environment.recordLambda(new GeneratedLambda(className, call.location(), List.copyOf(generated.interfaces),
                site.implementation(), LambdaClassGenerator.capturedFieldNames(captured.size()), List.copyOf(captured),
                !site.capturing()));

        InsnList code = new InsnList();
        if (site.capturing()) {
            code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, className, LambdaClassGenerator.FACTORY,
                    site.factoryType().getDescriptor(), false));
        } else {
            code.add(new FieldInsnNode(Opcodes.GETSTATIC, className, LambdaClassGenerator.INSTANCE,
                    site.factoryType().getReturnType().getDescriptor()));
        }
        call.replaceWith(code);
    }

    /** {@code Caller$$Lambda$N} with the smallest N not taken, as the JDK names its lambda classes. */
    private String freeClassName(String caller) {
        for (int n = 1;; n++) {
            String candidate = caller + "$$Lambda$" + n;
            if (!environment.exists(candidate)) {
                return candidate;
            }
        }
    }

    private boolean anyExtendsSerializable(LambdaSite site) {
        Deque<String> work = new ArrayDeque<>();
        work.add(site.interfaceName());
        work.addAll(site.markers());
        Set<String> seen = new HashSet<>();
        while (!work.isEmpty()) {
            String name = work.pop();
            if (!seen.add(name)) {
                continue;
            }
            if (name.equals("java/io/Serializable")) {
                return true;
            }
            Optional<ParsedClass> type = environment.lookup(name);
            type.ifPresent(t -> work.addAll(t.node().interfaces));
        }
        return false;
    }
}
