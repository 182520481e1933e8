package org.eremite.image.reach;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/** One class or interface as the analysis needs it: its supertypes and its members by signature. */
final class TypeInfo {
    final ParsedClass parsed;
    final String name;
    final String superName;
    final List<String> interfaces;
    final Map<String, MethodNode> methods = new HashMap<>();
    private final Map<String, FieldNode> fields = new HashMap<>();

    TypeInfo(ParsedClass parsed) {
        this.parsed = parsed;
        this.name = parsed.name();
        this.superName = parsed.node().superName;
        this.interfaces = List.copyOf(parsed.node().interfaces);
        for (MethodNode method : parsed.node().methods) {
            methods.put(method.name + method.desc, method);
        }
        for (FieldNode field : parsed.node().fields) {
            fields.put(field.name + ':' + field.desc, field);
        }
    }

    boolean isInterface() {
        return (parsed.node().access & Opcodes.ACC_INTERFACE) != 0;
    }

    boolean isAbstract() {
        return (parsed.node().access & Opcodes.ACC_ABSTRACT) != 0;
    }

    MethodNode method(String signature) {
        return methods.get(signature);
    }

    FieldNode field(String name, String descriptor) {
        return fields.get(name + ':' + descriptor);
    }

    /** Whether it declares a method that is not abstract and not static: JVMS 5.5 initializes such interfaces. */
    boolean declaresDefaultMethods() {
        return methods.values().stream().anyMatch(m -> (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0
                && !m.name.equals("<clinit>"));
    }

    String packageName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }
}
