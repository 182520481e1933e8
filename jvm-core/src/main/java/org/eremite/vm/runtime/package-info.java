/**
 * The VM runtime, in Java over {@link org.eremite.vm.magic.Magic}, compiled into the image by the baseline compiler
 * like any other code: what compiled code calls ({@link org.eremite.vm.runtime.RuntimeEntries}, one method per
 * {@code RuntimeEntry}, bound by name), the heap, type checks, class initialization, monitors, exceptions and stack
 * traces, the platform routines and the VM's entry ({@link org.eremite.vm.runtime.VmEntry}). The data it reads
 * ({@link org.eremite.vm.runtime.Hub}, {@link org.eremite.vm.runtime.CodeInfo},
 * {@link org.eremite.vm.runtime.CodeMap}) is the contract with the image builder, which fills it.
 * It owns no ISA (frames are read through Magic) and no class-file knowledge.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>One thread, no GC yet.</b> Monitors are counts in the status word (no CAS, no waiting), class
 *       initialization has no lock (a request for a class being initialized is recursive), and an object's address
 *       holds across an allocation.</li>
 *   <li><b>No recursion through the runtime's own paths.</b> The allocator, the type checks and the unwinder
 *       allocate nothing (the allocator only when it throws, from objects made at start); the type checks contain
 *       no checkcast except of the exact, final {@link org.eremite.vm.runtime.Hub}, which compiled code decides
 *       inline, so the {@code isInstance} entry never calls itself. String concatenation only on cold paths
 *       (messages).</li>
 *   <li><b>No static initializers.</b> Every class here has only compile-time constants and statics that start
 *       zero or are set by {@link org.eremite.vm.runtime.VmEntry#start} or the image builder: the runtime must
 *       run before any class initialization can (a barrier in it would call the runtime again). A test checks
 *       that none has a {@code <clinit>}.</li>
 *   <li><b>Throwing.</b> Java code here just uses {@code throw}: javac's athrow is a call of the
 *       {@code throwException} entry, which calls {@link org.eremite.vm.runtime.Unwinder#raise}. The unwinder walks
 *       every frame, the runtime's too, so the runtime's own try/catch works (class initialization catches what a
 *       {@code <clinit>} throws). An exception that leaves every Java frame ends the VM with HotSpot's first line
 *       and status 1 ({@code Fatal}); normally {@code VmEntry.start}'s catch-all handler prints the whole trace.</li>
 *   <li><b>Stack traces</b> are the pcs of the visible frames ({@link org.eremite.vm.runtime.StackWalk#capture},
 *       what classlib's {@code Throwable.fillInStackTrace} keeps); elements are made on demand
 *       ({@link org.eremite.vm.runtime.StackWalk#element}). The runtime's frames are
 *       {@link org.eremite.vm.runtime.CodeInfo#HIDDEN}: the builder must set that flag on every method of this
 *       package, so that traces start at the application's frame as HotSpot's do.</li>
 *   <li><b>Messages are HotSpot 17's</b>, word for word (the tests provoke each on the host). Where the hubs lack
 *       what HotSpot prints, the builder fills fields added for it: {@link org.eremite.vm.runtime.Hub#interfaceHubs}
 *       (interface names of IncompatibleClassChangeError), {@link org.eremite.vm.runtime.Hub#itableSignatures}
 *       (the method of AbstractMethodError), {@link org.eremite.vm.runtime.CodeInfo#JAVA_BASE} (the
 *       {@code java.base/} prefix of trace elements). Modules other than java.base and the unnamed application
 *       module do not exist in the image, so ClassCastException names only those two. NullPointerException has no
 *       message here: HotSpot's "helpful" messages come from the bytecode, later, via
 *       {@code getExtendedNPEMessage} in classlib.</li>
 *   <li><b>Heap exhaustion</b> throws OutOfMemoryErrors made at start; a reserve at the heap's end pays for their
 *       stack trace ({@link org.eremite.vm.runtime.Heap}). Arrays longer than {@code Integer.MAX_VALUE - 2}
 *       are "Requested array size exceeds VM limit", HotSpot 17's default (compressed class pointers) bound.</li>
 *   <li><b>Stack overflow</b> is found by compiled code's prologue against the limit word of
 *       {@link org.eremite.vm.runtime.StackLimit}, which the linker fills (stack bottom + 64 KiB); the throw opens
 *       that reserve and the unwinder closes it when a frame above it catches, so the same program overflows at
 *       the same depth every time, and a program may overflow, catch and overflow again.</li>
 *   <li><b>Identity hashes</b> are assigned on first request from a SplitMix64 sequence with a fixed start: the same
 *       on every boot, so runs are reproducible; boot-heap objects keep the host hash the builder wrote.</li>
 * </ul>
 */
package org.eremite.vm.runtime;
