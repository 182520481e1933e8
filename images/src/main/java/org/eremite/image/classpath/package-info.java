/**
 * Where the classes of an image come from, and how they are read into ASM trees.
 *
 * <p>A {@link org.eremite.image.classpath.ClassPath} looks a class up in order: the
 * {@link org.eremite.image.classpath.ApplicationJar}, the VM's own classes ({@link
 * org.eremite.image.classpath.VmClasses}: {@code org/eremite/vm/**} and {@code org/eremite/classlib/**}, read from
 * the builder's own class path, since the builder carries the VM it compiles), then the build JDK's {@code java.base}
 * ({@link org.eremite.image.classpath.JavaBaseModule}, read through the {@code jrt:} file system, because the guest's
 * class library <em>is</em> the build JDK's, see DESIGN.md step 5). Of the JDK, only {@code java.base} is part of
 * an image: a class that lives in another JDK module ({@code java.sql}, {@code java.desktop}) is reported by name,
 * with its module and the code that referenced it, rather than as "not found".
 *
 * <p>Decisions:
 * <ul>
 *   <li>Class names are JVM internal names ({@code java/lang/String}) everywhere in the builder; messages for
 *       people use dotted names.</li>
 *   <li>The VM's classes are neither shadowed nor shadowing: the VM's source answers only for names in its
 *       packages, and an application JAR with a class in them is refused.</li>
 *   <li>A JAR is read into memory once (classes and resources): applications are small, and every later phase
 *       (desugaring, analysis, embedding resources in the image) reads it again.</li>
 *   <li>Multi-release JARs: entries under {@code META-INF/versions/N/} with N up to 17 (the build JDK's
 *       release) replace the base entries, highest N first, as the JDK's own JarFile does for release 17.</li>
 *   <li>Bytecode offsets: ASM trees do not keep them, but error messages must name them. {@link
 *       org.eremite.image.classpath.BytecodeOffsets} walks the raw Code attributes once per class and
 *       {@link org.eremite.image.classpath.InstructionOffsets} maps every instruction node to its original offset;
 *       code inserted later by desugaring inherits the offset of the instruction it replaced.</li>
 * </ul>
 * This package reads; it never transforms (that is {@code substitute} and {@code desugar}) and never decides what
 * is reachable ({@code reach}).
 */
package org.eremite.image.classpath;
