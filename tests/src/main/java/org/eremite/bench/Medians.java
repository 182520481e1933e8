package org.eremite.bench;

import java.util.Arrays;

/** Small statistics for benchmark figures. */
final class Medians {
    private Medians() {
    }

    static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
