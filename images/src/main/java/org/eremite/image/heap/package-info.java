/**
 * The boot heap writer (DESIGN.md step 5, "Lay out"): copies host objects that the builder created or that
 * JDK classes initialized at build time hold, into the guest's object layout, as position-independent bytes with
 * relocations. It owns the traversal, the layout of objects and statics blocks in the heap, and the
 * {@link org.eremite.image.heap.SnapshotPolicy}; it does not make hubs (a later phase defines the symbols the
 * heap names, {@link org.eremite.image.heap.HubSymbols}), place the heap at an address or link it.
 *
 * <h2>How an object is written</h2>
 * <ul>
 *   <li><b>Layouts are the guest's.</b> Field offsets and sizes come from {@code FieldLayout} and
 *       {@code ObjectLayout} over {@code ClassShape}s made from class files by the VM's own parser
 *       ({@link org.eremite.image.heap.ClassFileShapes}, jrt: for java.base), never from host reflection. The host
 *       class only supplies values, and a {@code ClassPlan} checks, once per class and at
 *       every level of the superclass chain, that guest and host have the same fields with the same descriptors:
 *       a difference is a {@link org.eremite.image.heap.ShapeMismatchException} naming class and field, unless a
 *       {@link org.eremite.image.heap.FieldRule} says what to write.</li>
 *   <li><b>Class word</b>: a relocation to {@code hub:<binary name>}; a statics block's to
 *       {@code statics-hub:<binary name>}. A reference to a {@code java.lang.Class} object is a relocation to the
 *       hub of that class (the hub is the guest's Class object).</li>
 *   <li><b>Status word: the host's identity hash, for every object.</b> A {@code HashMap} or
 *       {@code IdentityHashMap} whose keys hash by identity (enum constants, plain objects) has placed each key in
 *       the bucket of its host identity hash; if the guest drew a new hash, lookups would search the wrong bucket.
 *       So the hash travels in {@code StatusWord}'s hash bits. Whether the host had already hashed an object is
 *       not knowable through supported APIs (it is in HotSpot's mark word, readable only by peeking at the header
 *       with Unsafe, which depends on the mark-word format and on lock state), so every copied object is given
 *       its host hash ({@code System.identityHashCode}, which assigns one if needed). Nothing is lost: an identity
 *       hash is an arbitrary value, and one assigned at build time is as good as one assigned on first use in the
 *       guest. (It makes heaps of two builds differ in these bits; reproducible images would need a deterministic
 *       hash instead, with re-hashing of identity-keyed tables.) Statics blocks have status word 0.</li>
 *   <li><b>Values</b>: primitives and array elements little-endian, floats and doubles by raw bits (NaN payloads
 *       kept); references as relocations to the target's heap offset, null as a plain zero word. Heap offsets
 *       start at 0; every object is 8-aligned and objects tile the heap without gaps.</li>
 *   <li><b>Reading host values</b> ({@code HostField}): by {@code sun.misc.Unsafe} at the
 *       field's offset, so no {@code --add-opens} is needed per JDK package; records and hidden classes, which
 *       Unsafe refuses, by core reflection (their package must be open to the builder).</li>
 * </ul>
 *
 * <h2>Traversal</h2>
 * Breadth first with an explicit queue from statics blocks and roots in the order given; an object gets its offset
 * when first reached. Sharing and cycles are kept by an identity map. Each reached object is first shown to the
 * policy: copied, replaced (by another object or null, counted in the report), or refused with an error that
 * gives the path from the root ({@code static java.lang.System.out -> java.io.PrintStream.charOut -> ... -> an
 * instance of java.lang.Thread: reason}). Host lambdas are instances of hidden classes the guest does not have;
 * they are copied only when a {@link org.eremite.image.heap.LambdaMapper} (the desugaring phase) names the guest
 * class generated for their call site.
 *
 * <h2>Left for later</h2>
 * A non-capturing host lambda is copied as a new instance, not as the generated class's {@code INSTANCE}, so it
 * loses identity with the guest's own; snapshotted {@code Set.of}/{@code Map.of} tables with elements are refused
 * because the guest re-draws their salt (they could instead be rebuilt at boot); {@code Throwable.backtrace} is
 * copied as the host's opaque data; interned strings are not unified with the guest's intern table.
 */
package org.eremite.image.heap;
