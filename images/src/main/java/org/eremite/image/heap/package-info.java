/**
 * The boot heap writer (DESIGN.md step 5, "Lay out"): copies host objects that the builder created or that
 * JDK classes initialized at build time hold, into the guest's object layout, and writes the objects the builder
 * makes without a host instance ({@link org.eremite.image.heap.GuestObject}, {@link org.eremite.image.heap.GuestArray}:
 * hubs, mirrors, code infos), as position-independent bytes with relocations. It owns the traversal, the layout of
 * objects and statics blocks in the heap, and the {@link org.eremite.image.heap.SnapshotPolicy}; it does not decide
 * what a hub or mirror holds (the builder's hub phase does, and gives them as GuestObjects), does not define the
 * symbols the heap names ({@link org.eremite.image.heap.HubSymbols}, code symbols), place the heap at an address
 * or link it.
 *
 * <h2>Hubs and mirrors: two objects per class</h2>
 * Every object's class word points to the hub of its class: an {@code org.eremite.vm.runtime.Hub} (type-check
 * data, vtable, initialization state), which the builder writes as a GuestObject with its vtable as trailing words
 * and names as a root {@code hub:<binary name>}, so that the symbol of that name can be defined at the root's
 * address. {@code Hub.mirror} is the guest's {@code java.lang.Class} object of the class, another
 * GuestObject, which points back to its hub through a field that the guest's {@code java.lang.Class} has and the
 * host's lacks (injected by classlib's substitution). The two are separate so that compiled code reads a hub at
 * fixed offsets that do not depend on {@code java.lang.Class}'s JDK fields, and so that the mirror can be an
 * ordinary object of the JDK's class.
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
 *       {@code statics-hub:<binary name>}.</li>
 *   <li><b>A reference to a host {@code java.lang.Class} object</b> becomes a reference to the object the
 *       mirror hook ({@link org.eremite.image.heap.BootHeapWriter#mirrors}) gives for the class, asked once per
 *       class: the builder's mirror. The mirror takes the host Class's identity hash, because host maps keyed by
 *       classes ({@code Class.hashCode()} is the identity hash) placed it by that hash. Without a hook (tests, and
 *       until the hub phase exists) the reference is a relocation to the class's hub symbol.</li>
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
 *       kept); references as relocations to the target's heap offset, null as a plain zero word; a
 *       {@link org.eremite.image.heap.SymbolAddress} in a long field, element or trailing word as a relocation to
 *       the symbol with an addend (RELA-style: the bytes stay 0), resolved by the linker. Heap offsets start at 0;
 *       every object is 8-aligned and objects tile the heap without gaps.</li>
 *   <li><b>GuestObjects and GuestArrays</b> are laid out by the same {@code FieldLayout} and {@code ObjectLayout}
 *       as copied objects; fields are named (found in the class or a superclass), and each value is checked
 *       against the field's descriptor: the exact box for a primitive (no widening: a wrong box is most likely a
 *       wrong field), and for a reference, assignability in the guest's hierarchy. An unknown name or a mismatch
 *       is an error naming the path, class and field. They are not shown to the policy (the builder made them for
 *       the guest), keep their identity like host objects, and may be met inside host structures (a GuestObject
 *       in a host {@code Object[]} is written as itself). Their status word holds an arbitrary identity hash.</li>
 *   <li><b>Reading host values</b> ({@code HostField}): by {@code sun.misc.Unsafe} at the
 *       field's offset, so no {@code --add-opens} is needed per JDK package; records and hidden classes, which
 *       Unsafe refuses, by core reflection (their package must be open to the builder).</li>
 * </ul>
 *
 * <h2>Statics blocks</h2>
 * One per class asked for, with the offsets of its fields ({@link org.eremite.image.heap.StaticsBlock#fieldOffsets},
 * the compiler's getstatic/putstatic operands; they are {@code FieldLayout.ofStatics}'s). Three sources, by class:
 * <ul>
 *   <li>{@code statics(c)}: the host's values of a class initialized at build time; {@code statics(c, filter)}
 *       takes only the fields the closed world reads and leaves the rest zero, so that state nothing reads is not
 *       dragged into the heap, and only those fields must match the host's shape.</li>
 *   <li>{@code zeroStatics(name)}: no host values (a class initialized at run time, or one the host never loaded):
 *       zero, except fields with a ConstantValue attribute, which the guest's preparation would have set before any
 *       {@code <clinit>} (JVMS 4.7.2, 5.5). String constants are the host's interned Strings, so equal literals of
 *       different classes are one object. Read from the class file through {@code FieldShape.constantValue}.</li>
 *   <li>{@code staticValue(name, field, value)}: the builder's value for one field (the VM's tables:
 *       {@code CodeMap.methods}, {@code codeStart}), over the host's value, a field rule or a ConstantValue.</li>
 * </ul>
 *
 * <h2>Traversal</h2>
 * Breadth first with an explicit queue from statics blocks and roots (host objects or GuestObjects) in the order
 * given; an object gets its offset
 * when first reached. Sharing and cycles are kept by an identity map. Each reached object is first shown to the
 * policy: copied, replaced (by another object or null, counted in the report), or refused with an error that
 * gives the path from the root ({@code static java.lang.System.out -> java.io.PrintStream.charOut -> ... -> an
 * instance of java.lang.Thread: reason}). Host lambdas are instances of hidden classes the guest does not have;
 * they are copied only when a {@link org.eremite.image.heap.LambdaMapper} (the desugaring phase) names the guest
 * class generated for their call site.
 *
 * <h2>What the builder reads back</h2>
 * {@link org.eremite.image.heap.BootHeap#classStatistics} and {@link org.eremite.image.heap.BootHeap#typeNames} name
 * the guest type of every object written, GuestObjects and mirrors included: the instantiated types that the
 * reachability analysis must count. {@link org.eremite.image.heap.BootHeap#symbols} names every symbol the heap
 * needs: hubs, statics hubs and code.
 *
 * <h2>Left for later</h2>
 * A non-capturing host lambda is copied as a new instance, not as the generated class's {@code INSTANCE}, so it
 * loses identity with the guest's own; snapshotted {@code Set.of}/{@code Map.of} tables with elements are refused
 * because the guest re-draws their salt (they could instead be rebuilt at boot); {@code Throwable.backtrace} is
 * copied as the host's opaque data; interned strings are not unified with the guest's intern table.
 */
package org.eremite.image.heap;
