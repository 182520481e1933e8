package org.eremite.vm.classfile;

/**
 * One entry of a LineNumberTable attribute (JVMS 4.7.12): from {@code startPc} on, the code belongs to source
 * line {@code line}.
 */
public record LineNumber(int startPc, int line) {
}
