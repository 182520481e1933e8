/**
 * The back of the image builder (DESIGN.md steps 3 to 6 after the front end's read and desugar): from the closed
 * world to a linked image. {@link org.eremite.image.pack.ImageBuilder} runs the phases; the compiler sees the
 * world through {@code ImageWorld} (resolution, dispatch, layouts, symbols); {@code HubBuilder} and
 * {@code CodeMapBuilder} make the VM's data (hubs with vtables and itables, class objects, the code map) as
 * builder-made heap objects; {@code ImageLinker} lays out and links text, code, boot heap and stack.
 *
 * <p>Decisions:
 * <ul>
 *   <li><b>Initialization.</b> java.base and the VM's own classes are initialized at build time, in the builder's
 *       JVM (a class the host cannot initialize runs its initializer in the guest instead); their statics are
 *       snapshotted, only the fields reachable code reads. Application classes initialize in the guest, through
 *       the barriers the compiler emits (JVMS 5.5). The snapshot's types feed the analysis until nothing new
 *       appears.</li>
 *   <li><b>Errors found at build time that are run-time errors in Java</b> (a missing method, an abstract method
 *       selected, an incompatible class change) compile to calls of generated stubs that throw them
 *       ({@code LinkErrors}), as HotSpot throws them when the code runs. A reachable native method with neither a
 *       substitution nor an extern routine throws UnsatisfiedLinkError naming it.</li>
 *   <li><b>Final natives</b> ({@code Object.getClass}, {@code notify}, {@code wait}) cannot be substituted by
 *       declaration; calls bind to static methods of classlib's {@code ObjectNatives} instead.</li>
 *   <li><b>The builder's JVM</b> ({@code bin/eremite pack}) runs with HotSpot's uncompressed object layout
 *       ({@code -XX:-UseCompressedOops -XX:-UseCompressedClassPointers}), whose array base offset and reference
 *       size are the guest's: the JDK's statics hold array offsets and index shifts computed on the host. Field
 *       offsets, which differ, are recomputed ({@code UnsafeOffsets}, VarHandle companions). It also opens every
 *       package of java.base to itself (to read private state) and dumps its lambda classes with
 *       {@code -Xshare:off} (to map host lambdas to their guest classes, {@code HostLambdas}).</li>
 *   <li><b>Reflection</b> is not available in the guest beyond class names and {@code Class.forName} over the
 *       image's classes; what the JDK finds by reflection at run time (enum constants, comparable classes, simple
 *       and canonical names) the builder computes instead.</li>
 *   <li><b>Memory</b> (x86_64): stub text below 2 MiB, code from 2 MiB, the boot heap at the next 2 MiB boundary,
 *       an 8 MiB stack, then the allocator's heap to the end of RAM.</li>
 * </ul>
 */
package org.eremite.image.pack;
