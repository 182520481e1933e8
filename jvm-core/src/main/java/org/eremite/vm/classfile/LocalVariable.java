package org.eremite.vm.classfile;

/**
 * One entry of a LocalVariableTable attribute (JVMS 4.7.13): local {@code index} holds variable {@code name} of
 * type {@code descriptor} at pcs {@code startPc} (inclusive) to {@code startPc + length} (exclusive).
 */
public record LocalVariable(int startPc, int length, String name, String descriptor, int index) {
}
