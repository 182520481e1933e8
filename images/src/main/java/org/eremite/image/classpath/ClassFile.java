package org.eremite.image.classpath;

/**
 * The bytes of one class file and the source they came from.
 *
 * @param name   the internal name ({@code java/lang/String})
 * @param bytes  the class file, as read
 * @param source where it was found
 */
public record ClassFile(String name, byte[] bytes, ClassSource source) {
}
