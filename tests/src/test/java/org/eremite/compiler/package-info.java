/**
 * Differential tests of the baseline compiler in QEMU. {@link org.eremite.compiler.GuestImage} compiles the static
 * methods of one corpus class ({@code corpus/}, or {@link org.eremite.vm.testing.OldBytecode} for the bytecode
 * javac does not write) with the x86_64 templates, links them with {@code org.eremite.image.link} at 2 MiB beside
 * the boot stub, together with an assembly {@link org.eremite.compiler.Driver} that makes every call and prints
 * every result, and {@link org.eremite.compiler.RuntimeStubs} for the runtime entries (a bump allocator for
 * arrays; exceptions print their class name and resume at the next call). {@link
 * org.eremite.compiler.HotSpotOracle} makes the same calls by reflection, in the same order, and formats what
 * HotSpot returns or throws the same way; the test requires every line to agree (NaN payloads aside). The
 * {@code corpus/MagicOps} and {@code corpus/MagicCalls} classes use {@link org.eremite.vm.magic.Magic}, which
 * HotSpot cannot run: their oracle is the same class redefined to call {@link org.eremite.compiler.HostMagic}, a
 * Java model of memory, frames, calls through addresses (which the driver passes as symbol arguments, {@link
 * org.eremite.compiler.GuestCall#symbol}) and resume.
 *
 * <p>Not here yet: objects, instance fields, virtual and interface calls, athrow and handlers, strings and
 * null-pointer faults (the trap handler does not yet turn page faults into NullPointerException); they need the
 * image builder's hubs and the runtime.
 */
package org.eremite.compiler;
