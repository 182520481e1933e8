package corpus.nqueens;

import java.util.ArrayList;
import java.util.List;

/**
 * N-queens: counts all solutions for N = 1..10 with bitmask backtracking (long arithmetic on masks), finds the
 * first solution for 8 with array-based backtracking and prints the board, and counts solutions that are unique
 * up to symmetry for N = 8 by canonicalizing under the 8 rotations and reflections. The size of the printed
 * board can be given as an argument.
 */
public class Main {
    static long count(int n, int row, long cols, long diag1, long diag2) {
        if (row == n) {
            return 1;
        }
        long total = 0;
        long free = ~(cols | diag1 | diag2) & ((1L << n) - 1);
        while (free != 0) {
            long bit = free & -free;
            free ^= bit;
            total += count(n, row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >>> 1);
        }
        return total;
    }

    static boolean place(int[] queens, int row) {
        int n = queens.length;
        if (row == n) {
            return true;
        }
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) {
                if (queens[r] == c || Math.abs(queens[r] - c) == row - r) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                queens[row] = c;
                if (place(queens, row + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void all(int[] queens, int row, List<int[]> out) {
        int n = queens.length;
        if (row == n) {
            out.add(queens.clone());
            return;
        }
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row && ok; r++) {
                ok = queens[r] != c && Math.abs(queens[r] - c) != row - r;
            }
            if (ok) {
                queens[row] = c;
                all(queens, row + 1, out);
            }
        }
    }

    static String key(int[] q) {
        int n = q.length;
        String best = null;
        int[] cur = q.clone();
        for (int rot = 0; rot < 4; rot++) {
            int[] rotated = new int[n];
            for (int r = 0; r < n; r++) {
                rotated[cur[r]] = n - 1 - r;
            }
            cur = rotated;
            for (int[] candidate : new int[][] {cur, mirror(cur)}) {
                String k = java.util.Arrays.toString(candidate);
                if (best == null || k.compareTo(best) < 0) {
                    best = k;
                }
            }
        }
        return best;
    }

    static int[] mirror(int[] q) {
        int[] m = new int[q.length];
        for (int r = 0; r < q.length; r++) {
            m[r] = q.length - 1 - q[r];
        }
        return m;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 10; n++) {
            System.out.println(n + " queens: " + count(n, 0, 0, 0, 0) + " solutions");
        }
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int[] queens = new int[size];
        if (place(queens, 0)) {
            for (int r = 0; r < size; r++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < size; c++) {
                    line.append(queens[r] == c ? "Q " : ". ");
                }
                System.out.println(line.toString().trim());
            }
        } else {
            System.out.println("no solution for " + size);
        }
        List<int[]> solutions = new ArrayList<>();
        all(new int[8], 0, solutions);
        java.util.Set<String> unique = new java.util.TreeSet<>();
        for (int[] s : solutions) {
            unique.add(key(s));
        }
        System.out.println("8 queens: " + solutions.size() + " solutions, " + unique.size() + " unique up to symmetry, first "
                + unique.iterator().next());
    }
}
