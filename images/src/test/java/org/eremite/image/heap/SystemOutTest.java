package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileDescriptor;
import java.io.PrintStream;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.object.TypeModel;
import org.junit.jupiter.api.Test;

/**
 * System.out's graph (JDK-FACTS.md): PrintStream -> BufferedOutputStream -> FileOutputStream -> FileDescriptor 1,
 * and the charset encoder chain with its heap ByteBuffer, copied with the default policy's two field rules.
 */
class SystemOutTest {
    @Test
    void systemOutGraphIsCopiedWithTheBufferAddressRebased() {
        TypeModel model = TestModels.guest();
        PrintStream out;
        BootHeap heap;
        try (JdkStandardStreams streams = JdkStandardStreams.install()) {
            out = System.out;
            heap = new BootHeapWriter(model, SnapshotPolicy.jdkDefaults()).staticField(System.class, "out").write();
        }
        HeapReader reader = new HeapReader(heap, model);
        long hostByteBase = sun.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET;
        HostGraph graph = new HostGraph(reader)
                .expect("java.nio.Buffer.address", (buffer, address) -> (Long) address - hostByteBase
                        + ObjectLayout.ARRAY_BASE_OFFSET)
                .expect("java.nio.charset.CharsetEncoder.cachedDecoder", (encoder, cached) -> null)
                .compare(out, heap.rootOffset("static java.lang.System.out"));
        HeapAssertions.assertComplete(heap, reader);
        assertEquals(heap.objectCount(), graph.objectsCompared());
        assertTrue(heap.classStatistics().stream().anyMatch(c -> c.typeName().equals("java.io.FileDescriptor")));
        assertEquals(1, heap.classStatistics().stream().filter(c -> c.typeName().equals("java.io.FileDescriptor"))
                .findFirst().orElseThrow().objects());
        System.out.println(HeapAssertions.figures("System.out", heap));
        heap.substitutions().forEach((what, n) -> System.out.println("    substituted " + n + " x " + what));
    }

    @Test
    void anOpenFileInTheGraphIsRefusedWithItsPath() throws Exception {
        java.io.File tmp = java.io.File.createTempFile("eremite", ".txt");
        tmp.deleteOnExit();
        try (PrintStream file = new PrintStream(new java.io.FileOutputStream(tmp), true)) {
            HeapSnapshotException e = org.junit.jupiter.api.Assertions.assertThrows(HeapSnapshotException.class,
                    () -> new BootHeapWriter(TestModels.guest(), SnapshotPolicy.jdkDefaults()).root("log", file)
                            .write());
            assertEquals("cannot snapshot root log -> java.io.FilterOutputStream.out -> java.io.FileOutputStream.fd "
                    + "-> an instance of java.io.FileDescriptor: an open file of the build machine "
                    + "(only standard input, output and error are copied)", e.getMessage());
        }
        assertTrue(FileDescriptor.out.valid());
    }
}
