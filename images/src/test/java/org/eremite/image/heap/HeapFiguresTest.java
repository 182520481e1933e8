package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eremite.vm.object.TypeModel;
import org.junit.jupiter.api.Test;

/** Prints objects and bytes for a few root sets, and which JDK classes' statics can be snapshotted as they are. */
class HeapFiguresTest {
    private static final List<String> STATICS = List.of("java.lang.Integer$IntegerCache", "java.lang.Long$LongCache",
            "java.lang.Character$CharacterCache", "java.lang.Boolean", "java.lang.Math", "java.math.BigInteger",
            "java.math.BigDecimal", "java.util.Collections", "java.util.concurrent.TimeUnit", "java.lang.Thread$State",
            "java.lang.String", "java.lang.StringLatin1", "java.util.HashMap", "java.util.Locale",
            "java.nio.charset.Charset", "java.nio.charset.StandardCharsets", "sun.nio.cs.UTF_8",
            "java.lang.Character", "java.util.Formatter", "java.util.regex.Pattern", "java.time.Duration");

    @Test
    void printFigures() throws Exception {
        TypeModel model = TestModels.guest();
        SnapshotPolicy policy = SnapshotPolicy.jdkDefaults();
        System.out.println(HeapAssertions.figures("Integer cache statics", new BootHeapWriter(model, policy)
                .statics(Class.forName("java.lang.Integer$IntegerCache")).write()));
        BootHeap standardStreams;
        try (JdkStandardStreams streams = JdkStandardStreams.install()) {
            standardStreams = new BootHeapWriter(model, policy).staticField(System.class, "out")
                    .staticField(System.class, "err").write();
        }
        System.out.println(HeapAssertions.figures("System.out and System.err", standardStreams));
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            map.put("key" + i, i * 1000);
        }
        System.out.println(HeapAssertions.figures("HashMap<String,Integer> of 1000", new BootHeapWriter(model, policy)
                .root("map", map).write()));

        Map<Integer, String> large = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            large.put(i, "value" + i);
        }
        BootHeap big = new BootHeapWriter(model, policy).root("large", large).write();
        System.out.println(HeapAssertions.figures("HashMap<Integer,String> of 100,000", big));

        List<String> ok = new ArrayList<>();
        BootHeapWriter all = new BootHeapWriter(model, policy);
        for (String name : STATICS) {
            Class<?> c = Class.forName(name);
            try {
                BootHeap one = new BootHeapWriter(TestModels.guest(), policy).statics(c).write();
                System.out.println("  statics of " + name + ": " + one.objectCount() + " objects, " + one.size()
                        + " bytes");
                ok.add(name);
                all.statics(c);
            } catch (HeapSnapshotException e) {
                System.out.println("  statics of " + name + ": " + e.getMessage());
            }
        }
        BootHeap together = all.write();
        System.out.println(HeapAssertions.figures("statics of the " + ok.size() + " snapshotable classes together",
                together));
        assertEquals(ok.size(), together.staticsBlocks().size());
    }
}
