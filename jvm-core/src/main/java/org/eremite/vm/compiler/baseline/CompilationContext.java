package org.eremite.vm.compiler.baseline;

import org.eremite.vm.classfile.MemberRef;
import org.eremite.vm.classfile.TypeKind;

/**
 * Everything a template must know about the world outside the method: the image builder implements it from its
 * closed world (and later the run-time class loader from its class table); tests implement it simply. Every
 * method may throw an unchecked exception for a reference it cannot resolve; the compiler reports it with the
 * method and the bytecode offset.
 *
 * <p>Class names are internal names ({@code java/lang/String}) or, for array classes, descriptors ({@code [I}).
 * Symbols are resolved by the linker; {@link SymbolNames} is the naming scheme an implementation should use.
 */
public interface CompilationContext {
    /** The entry symbol of the method an {@code invokestatic} of {@code method} calls (JVMS 5.4.3.3 resolution). */
    String staticMethod(MemberRef method);

    /**
     * The entry symbol of the method an {@code invokespecial} of {@code method} in class {@code caller} calls: the
     * resolved method, or for a super call the method selected from the caller's superclass (JVMS 6.5
     * invokespecial).
     */
    String specialMethod(String caller, MemberRef method);

    /** How {@code invokevirtual} calls {@code method}. */
    VirtualCall virtualMethod(MemberRef method);

    /** How {@code invokeinterface} calls {@code method}. */
    InterfaceCall interfaceMethod(MemberRef method);

    /** The offset and kind of an instance field (getfield, putfield). */
    InstanceField instanceField(MemberRef field);

    /** Where a static field lives (getstatic, putstatic). */
    StaticField staticField(MemberRef field);

    /** The symbol of the hub of a class or array class. */
    String hub(String className);

    /**
     * The check that must precede an access to {@code className}'s statics, a static call into it or a
     * {@code new} of it, in code of class {@code caller}; null when none is needed (the class is initialized at
     * build time, or it is the caller or one of its superclasses, JVMS 5.5).
     */
    InitializationBarrier initializationBarrier(String caller, String className);

    /**
     * The check before a getstatic or putstatic of {@code field}: JVMS 5.5 initializes the class that declares the
     * resolved field, which may be a superclass or superinterface of the one the reference names. By default,
     * the named class's ({@link #initializationBarrier}).
     */
    default InitializationBarrier staticFieldBarrier(String caller, MemberRef field) {
        return initializationBarrier(caller, field.owner());
    }

    /** The check before an invokestatic of {@code method}: of the class that declares the resolved method. */
    default InitializationBarrier staticMethodBarrier(String caller, MemberRef method) {
        return initializationBarrier(caller, method.owner());
    }

    /** The symbol of the interned {@code java.lang.String} object of a string literal. */
    String stringLiteral(String value);

    /**
     * The symbol of the {@code java.lang.Class} object of a class or array class for {@code ldc}, or null if the
     * image has none: the code then calls {@link RuntimeEntry#LOAD_CLASS_LITERAL} with the name as a string
     * literal.
     */
    String classLiteral(String className);

    /** The symbol of a runtime entry; by convention {@link SymbolNames#runtime}. */
    String runtimeEntry(RuntimeEntry entry);

    /** An instance field: its byte offset from the object's address and its kind. */
    record InstanceField(int offset, TypeKind kind) {
    }

    /** A static field: the byte offset from {@code symbol} (a class's statics block) and its kind. */
    record StaticField(String symbol, int offset, TypeKind kind) {
    }

    /**
     * How an {@code invokevirtual} dispatches: directly to {@code directSymbol} (a final or private method, or one
     * no subclass in the closed world overrides), or through the entry at byte offset {@code vtableOffset} of the
     * receiver's hub.
     */
    record VirtualCall(String directSymbol, int vtableOffset) {
        public static VirtualCall direct(String symbol) {
            return new VirtualCall(symbol, -1);
        }

        public static VirtualCall vtable(int offset) {
            return new VirtualCall(null, offset);
        }

        public boolean isDirect() {
            return directSymbol != null;
        }
    }

    /**
     * How an {@code invokeinterface} dispatches: directly ({@code directSymbol}, e.g. a private interface
     * method), through the vtable entry at {@code vtableOffset} (a method of {@code java.lang.Object}, JVMS
     * 5.4.3.4), or through the itables with the interface's {@code interfaceId} and the method's
     * {@code itableIndex} ({@link RuntimeEntry#LOOKUP_INTERFACE_METHOD}).
     */
    record InterfaceCall(String directSymbol, int vtableOffset, int interfaceId, int itableIndex) {
        public static InterfaceCall direct(String symbol) {
            return new InterfaceCall(symbol, -1, -1, -1);
        }

        public static InterfaceCall vtable(int offset) {
            return new InterfaceCall(null, offset, -1, -1);
        }

        public static InterfaceCall itable(int interfaceId, int itableIndex) {
            return new InterfaceCall(null, -1, interfaceId, itableIndex);
        }

        public boolean isDirect() {
            return directSymbol != null;
        }

        public boolean isVtable() {
            return directSymbol == null && vtableOffset >= 0;
        }
    }

    /**
     * A class-initialization check: the byte at {@code flagSymbol + flagOffset} is non-zero once the class is
     * initialized; until then the code calls {@link RuntimeEntry#INITIALIZE_CLASS} with {@code hubSymbol}.
     */
    record InitializationBarrier(String flagSymbol, int flagOffset, String hubSymbol) {
    }
}
