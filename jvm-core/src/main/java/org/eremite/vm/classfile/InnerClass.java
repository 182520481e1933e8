package org.eremite.vm.classfile;

/**
 * One entry of the InnerClasses attribute (JVMS 4.7.6).
 *
 * @param innerClass  internal name of the nested class
 * @param outerClass  internal name of the class it is a member of, or null (top-level, local or anonymous)
 * @param innerName   its simple source name, or null if anonymous
 * @param accessFlags its flags as declared in source ({@link AccessFlags#INNER_CLASS_FLAGS})
 */
public record InnerClass(String innerClass, String outerClass, String innerName, int accessFlags) {
}
