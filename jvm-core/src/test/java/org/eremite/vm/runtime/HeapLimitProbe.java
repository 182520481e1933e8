package org.eremite.vm.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Run by {@link HeapTest} in a separate HotSpot with a small heap: prints, one line per case, what allocating
 * an array of that element size and length gives ("ok" or the OutOfMemoryError's message), then what running
 * out of heap with small objects gives.
 */
public final class HeapLimitProbe {
    /** Pairs (element size, length) of the cases, in the order printed. */
    static final long[][] CASES = {
        {1, Integer.MAX_VALUE}, {1, Integer.MAX_VALUE - 1}, {1, Integer.MAX_VALUE - 2}, {1, Integer.MAX_VALUE - 3},
        {8, Integer.MAX_VALUE}, {8, Integer.MAX_VALUE - 1}, {8, Integer.MAX_VALUE - 2}, {4, 1_000_000_000},
        {4, 1000},
    };

    private HeapLimitProbe() {
    }

    public static void main(String[] args) {
        for (long[] c : CASES) {
            int length = (int) c[1];
            try {
                Object array = c[0] == 1 ? new byte[length] : c[0] == 4 ? new int[length] : new long[length];
                System.out.println(array != null ? "ok" : "null");
            } catch (OutOfMemoryError e) {
                System.out.println(e.getMessage());
            }
        }
        List<Object> hog = new ArrayList<>();
        try {
            while (true) {
                hog.add(new Object[16]);
            }
        } catch (OutOfMemoryError e) {
            hog.clear();
            System.out.println(e.getMessage());
        }
    }
}
