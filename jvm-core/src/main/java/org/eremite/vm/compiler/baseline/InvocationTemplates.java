package org.eremite.vm.compiler.baseline;

import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.compiler.baseline.CompilationContext.InitializationBarrier;
import org.eremite.vm.compiler.baseline.CompilationContext.InterfaceCall;
import org.eremite.vm.compiler.baseline.CompilationContext.VirtualCall;

/**
 * Method invocation (JVMS 6.5 {@code invokevirtual} .. {@code invokeinterface}) with the ISA's C calling
 * convention: the arguments are the top stack slots, the receiver first; the result replaces them. A template
 * records the GC map of the call ({@link MethodCompilation#callSite}) with the slots below the arguments live.
 */
public interface InvocationTemplates {
    void invokestatic(String symbol, MethodDescriptor descriptor, InitializationBarrier barrier);

    /** {@code invokespecial}; {@code nullCheck} is false for {@code <init>}, whose receiver is never null. */
    void invokespecial(String symbol, MethodDescriptor descriptor, boolean nullCheck);

    void invokevirtual(VirtualCall call, MethodDescriptor descriptor);

    void invokeinterface(InterfaceCall call, MethodDescriptor descriptor);
}
