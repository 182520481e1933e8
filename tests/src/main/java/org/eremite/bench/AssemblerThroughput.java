package org.eremite.bench;

import java.util.List;

/**
 * Jasm's throughput: instructions per second for a mixed stream of one million instructions per ISA,
 * the median of several timed repetitions after warm-up (the assemblers run on HotSpot, so the first
 * runs measure its JIT, not ours).
 */
final class AssemblerThroughput {
    private static final int INSTRUCTIONS = 1_000_000;
    private static final int WARMUP = 5;
    private static final int RUNS = 9;

    private AssemblerThroughput() {
    }

    static void run(List<AssemblerWorkload> workloads) {
        System.out.println("== Assembler throughput (mixed stream of " + INSTRUCTIONS + " instructions) ==");
        System.out.printf("%-8s %14s %12s %14s%n", "isa", "median ms", "bytes", "Minsn/s");
        for (AssemblerWorkload workload : workloads) {
            int bytes = 0;
            for (int i = 0; i < WARMUP; i++) {
                bytes = workload.emit(INSTRUCTIONS);
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                bytes = workload.emit(INSTRUCTIONS);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            double median = Medians.median(millis);
            System.out.printf("%-8s %14.1f %12d %14.1f%n", workload.isa(), median, bytes,
                    INSTRUCTIONS / (median / 1e3) / 1e6);
        }
    }
}
