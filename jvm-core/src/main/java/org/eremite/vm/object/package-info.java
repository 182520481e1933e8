/**
 * The object model: how objects look in memory, how a type check and a virtual or interface call find
 * their answer, and the hierarchy model all of it is computed from. Everything here is computed by the
 * image builder on the host and later by the run-time class loader on the target; the compiler emits code
 * that reads the results from hubs. This package owns no class-file parsing (the image builder turns
 * {@code ClassFile}s into {@link org.eremite.vm.object.ClassShape}s) and no ISA.
 *
 * <h2>Hierarchy model</h2>
 * {@link org.eremite.vm.object.ClassShape} is a class or interface as its class file describes it (names,
 * flags, fields, methods). A {@link org.eremite.vm.object.TypeModel} is one loader's namespace: it resolves
 * shapes into {@link org.eremite.vm.object.JavaType}s (classes, interfaces, arrays, primitives), supertypes
 * first, checking JVMS 5.3.5 (missing class, circularity, interface as superclass, class as superinterface,
 * final superclass, a method that can override a final one) and reporting violations as
 * {@link org.eremite.vm.object.LinkageFailure}s that name the Java error. Derived tables are computed on first use and cached on the {@code JavaType}.
 *
 * <h2>Object layout</h2>
 * Two header words (class word: the hub pointer; status word: {@link org.eremite.vm.object.StatusWord}'s
 * hash, lock and GC bits), then fields; arrays have a 32-bit length at 16 and elements from 24 for every
 * kind ({@link org.eremite.vm.object.ObjectLayout} says why). Fields: superclass layout unchanged, own fields
 * largest first, each at the lowest naturally aligned free offset, so small fields fill the superclass's gaps
 * ({@link org.eremite.vm.object.FieldLayout} has the exact rule and its reference maps). Static fields live in
 * a per-class statics block that is itself a heap object with the same header.
 *
 * <h2>Type checks</h2>
 * Decided: a Cohen display for class-like targets plus a per-type interface bitset for interface-like ones
 * ({@link org.eremite.vm.object.TypeCheck}, data in {@link org.eremite.vm.object.TypeCheckInfo}).
 * <ul>
 *   <li><b>Display chain.</b> Every reference type has a parent: a class its superclass, an interface Object,
 *       {@code int[]} and {@code Object[]} Object, any other array {@code E[]} the array of E's parent. So
 *       {@code Integer[][]} -> {@code Number[][]} -> {@code Object[][]} -> {@code Object[]} -> Object. A
 *       <em>class-like</em> type (a class, or an array whose element type is a class or primitive) T is a
 *       supertype of S iff T is on S's chain, at index depth(T) of S's display.</li>
 *   <li><b>Interface bitset.</b> An <em>interface-like</em> type (an interface, or an array of interfaces such
 *       as {@code Comparable[][]}) gets a dense id. Each type has a bitset of the ids of its interface-like
 *       supertypes: a class's superinterfaces; for an interface also itself; for an array Cloneable,
 *       Serializable and {@code J[]} for each interface-like supertype J of its component (so
 *       {@code String[][]} has {@code Comparable[][]} and {@code Serializable[]}). Ids are handed out lazily,
 *       but computing a type's data first gives ids to all its interface-like supertypes (creating the arrays
 *       among them), so no bitset can lack the id of a supertype created later: ids are never renumbered and
 *       run-time loading only appends.</li>
 *   <li><b>Why:</b> both tests are constant time with no loop and no cache to update (HotSpot's secondary
 *       supers scan and cache is a loop plus a store in the hot path); the bitset costs one bit per interface id
 *       up to the highest one a type has, trimmed. A later image builder can hand out ids to the most
 *       implemented interfaces first to keep bitsets short.</li>
 * </ul>
 * The hub (what the class word points to) is assembled by the image builder (later the loader) from a
 * type's {@code TypeCheckInfo}, {@code VTable} and {@code ITable}s; the names below are those records' fields.
 * What compiled code reads from a hub, and does (d, T, k are constants of the resolved target):
 * <pre>
 *   checkcast/instanceof T, T class-like at depth d:
 *       disp = hub.display;  ok = d &lt; disp.length &amp;&amp; disp[d] == T.hub
 *       (T final, or an array of final classes or primitives: ok = hub == T.hub, see hasNoProperSubtypes)
 *   checkcast/instanceof T, T interface-like with id k:
 *       bits = hub.interfaceBits;  ok = (k &gt;&gt; 6) &lt; bits.length &amp;&amp; (bits[k &gt;&gt; 6] &gt;&gt;&gt; (k &amp; 63) &amp; 1) != 0
 *   aastore v into a (target known only at run time):
 *       c = a.hub.component;  ok = v == null || v.hub == c || (c.interfaceId &gt;= 0 ? bit test with c.interfaceId
 *                                                           : display test with c.depth)
 * </pre>
 * {@code TypeCheck.isAssignable} runs exactly these tests on the same data.
 *
 * <h2>Dispatch</h2>
 * Selection is JVMS 5.4.6 as written ({@link org.eremite.vm.object.MethodSelection}, with the 5.4.5
 * "can override" relation in {@link org.eremite.vm.object.Overriding}); every table entry is defined as a
 * selection, so tables cannot disagree with the specification; error outcomes (AbstractMethodError,
 * IncompatibleClassChangeError for conflicting defaults or a missing interface, IllegalAccessError for a
 * non-public method selected by invokeinterface) become entries that point to a throwing stub.
 * <ul>
 *   <li><b>vtables.</b> A class's table starts with its superclass's slots. Each declared instance method
 *       that is not final (and not in a final class) takes the first inherited slot it can override, or a new
 *       slot if it overrides none. This is sound because a public or protected method has, below its class,
 *       the same overriders as any method it can override (JVMS 5.4.5 (b) makes overriding transitive
 *       through it), so every subclass selects the same method for both. A package-private method always gets its own new slot as well (as in
 *       HotSpot): its overriders are only same-package ones (or transitively), unlike those of the public
 *       method it may override, so one slot cannot serve both. Then "miranda" slots: for each name and
 *       descriptor of a superinterface's method that no class in the superclass chain declares, one slot, so
 *       an invokevirtual that resolution sent to an interface method (JVMS 5.4.3.3 step 3: an abstract class
 *       that inherits but does not declare it) has a slot; its entry is the maximally-specific default method,
 *       or the error. Final methods, methods of final classes and private methods get no slot: they are
 *       called directly.</li>
 *   <li><b>itables, searched.</b> Decided: per class, one table per superinterface that has methods, each
 *       holding that interface's own abstract and default methods in declaration order, and a parallel array
 *       of the interfaces' ids. invokeinterface I.m (I's id k, m's itable index j) compiles to a scan of the
 *       id array for k, then a load of entry j of the matching table; reaching the end throws
 *       IncompatibleClassChangeError. Why this and not a selector-indexed IMT with conflict stubs: no
 *       ISA-specific stub code (three back ends), no hash collisions to resolve when classes are loaded at run
 *       time, the same data serves reflection and the interpreter, and a class implements few interfaces, so
 *       the scan is short (a call-site inline cache can come later without changing the tables).</li>
 *   <li>An invokeinterface resolved to a public Object method and an invokevirtual use the vtable
 *       ({@link org.eremite.vm.object.DispatchTables#vtableIndex}); an interface method's itable index is the
 *       same in every class ({@link org.eremite.vm.object.DispatchTables#itableIndex}).</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Linkage problems are {@link org.eremite.vm.object.LinkageFailure}s naming the Java error; selection errors are
 * {@link org.eremite.vm.object.DispatchEntry} outcomes. Their messages are HotSpot 17's, word for word (the
 * tests compare them), so that an uncaught error prints as on HotSpot. Where HotSpot 17 deviates from the JVMS
 * (conflicting defaults through invokeinterface: AbstractMethodError, bug JDK-8356942, fixed upstream), this
 * package follows the JVMS; the tests pin HotSpot's behaviour so the note can go when the build JDK moves on.
 *
 * <p>Runs on the target too: plain Java only (no reflection, lambdas, streams, regex or String.format).
 * Not thread-safe; callers serialize (the image builder is single-threaded, the class loader holds a lock).
 */
package org.eremite.vm.object;
