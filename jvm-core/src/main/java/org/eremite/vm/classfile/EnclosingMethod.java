package org.eremite.vm.classfile;

/**
 * The EnclosingMethod attribute (JVMS 4.7.7) of a local or anonymous class.
 *
 * @param className        internal name of the innermost enclosing class
 * @param methodName       the enclosing method's name, or null if the class is not enclosed by a method
 *                         (e.g. in a field initializer)
 * @param methodDescriptor that method's descriptor, or null likewise
 */
public record EnclosingMethod(String className, String methodName, String methodDescriptor) {
}
