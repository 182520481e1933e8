package org.eremite.vm.classfile;

/**
 * One component of a Record attribute (JVMS 4.7.30).
 *
 * @param name       the component's name
 * @param descriptor its field descriptor
 * @param signature  its generic Signature attribute, or null
 */
public record RecordComponent(String name, String descriptor, String signature) {
}
