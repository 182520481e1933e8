package org.eremite.jit.x86_64.baseline;

import org.eremite.vm.classfile.MemberRef;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.compiler.baseline.SymbolNames;

/**
 * A compilation context that answers everything without a closed world: symbols by {@link SymbolNames}, made-up
 * but deterministic offsets, vtable and itable data derived from names. Some answers are chosen to reach every
 * template path: fields whose name hashes to a multiple of 13 lie beyond the unmapped page (explicit null checks),
 * classes in {@code sun/} have no Class object (runtime class literals), and every cross-class access needs an
 * initialization barrier.
 */
final class TestContext implements CompilationContext {
    private static int hash(String s) {
        return s.hashCode() & 0x7fff_ffff;
    }

    @Override
    public String staticMethod(MemberRef method) {
        return SymbolNames.method(method.owner(), method.name(), method.descriptor());
    }

    @Override
    public String specialMethod(String caller, MemberRef method) {
        return SymbolNames.method(method.owner(), method.name(), method.descriptor());
    }

    @Override
    public VirtualCall virtualMethod(MemberRef method) {
        int h = hash(method.name() + method.descriptor());
        return h % 5 == 0 ? VirtualCall.direct(SymbolNames.method(method.owner(), method.name(), method.descriptor()))
                : VirtualCall.vtable(64 + 8 * (h % 200));
    }

    @Override
    public InterfaceCall interfaceMethod(MemberRef method) {
        int h = hash(method.owner() + method.name() + method.descriptor());
        if (method.owner().equals("java/lang/Object")) {
            return InterfaceCall.vtable(64 + 8 * (h % 11));
        }
        return h % 7 == 0 ? InterfaceCall.direct(staticMethod(method)) : InterfaceCall.itable(h % 300, h % 20);
    }

    @Override
    public InstanceField instanceField(MemberRef field) {
        int h = hash(field.owner() + field.name());
        TypeKind kind = TypeKind.ofDescriptor(field.descriptor());
        int offset = h % 13 == 0 ? 8192 + 8 * (h % 64) : 16 + 8 * (h % 40);
        return new InstanceField(offset, kind);
    }

    @Override
    public StaticField staticField(MemberRef field) {
        return new StaticField(SymbolNames.statics(field.owner()), 16 + 8 * (hash(field.name()) % 50),
                TypeKind.ofDescriptor(field.descriptor()));
    }

    @Override
    public String hub(String className) {
        return SymbolNames.hub(className);
    }

    @Override
    public InitializationBarrier initializationBarrier(String caller, String className) {
        if (caller.equals(className)) {
            return null;
        }
        return new InitializationBarrier(SymbolNames.hub(className), 40, SymbolNames.hub(className));
    }

    @Override
    public String stringLiteral(String value) {
        return "string:" + Integer.toHexString(value.hashCode()) + "_" + value.length();
    }

    @Override
    public String classLiteral(String className) {
        return className.startsWith("sun/") ? null : SymbolNames.classObject(className);
    }

    @Override
    public String runtimeEntry(RuntimeEntry entry) {
        return SymbolNames.runtime(entry);
    }
}
