package org.eremite.bench;

import java.nio.file.Path;
import java.util.List;

/** {@code make bench}: every benchmark, one after the other, each printing its own table. */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("eremite.home", "."));
        AssemblerThroughput.run(List.of(new X86_64AssemblerWorkload(), new Aarch64AssemblerWorkload(),
                new Riscv64AssemblerWorkload()));
        System.out.println();
        BootTimes.run(home);
        System.out.println();
        PackBenchmark.run(home);
    }
}
