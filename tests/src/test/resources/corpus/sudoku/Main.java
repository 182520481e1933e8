package corpus.sudoku;

/**
 * A sudoku solver: bitmask candidate sets per row, column and box, constraint propagation of naked singles, and
 * backtracking on the cell with the fewest candidates. Solves three puzzles (easy, hard, and one with no
 * solution), prints the grids, the number of guesses, and validates each solution independently.
 */
public class Main {
    final int[] cells = new int[81];
    final int[] rows = new int[9], cols = new int[9], boxes = new int[9];
    int guesses;

    static int box(int i) {
        return (i / 27) * 3 + (i % 9) / 3;
    }

    boolean load(String puzzle) {
        for (int i = 0; i < 81; i++) {
            char c = puzzle.charAt(i);
            if (c >= '1' && c <= '9') {
                if (!canPlace(i, c - '0')) {
                    return false;
                }
                place(i, c - '0');
            }
        }
        return true;
    }

    boolean canPlace(int i, int digit) {
        int bit = 1 << digit;
        return ((rows[i / 9] | cols[i % 9] | boxes[box(i)]) & bit) == 0;
    }

    void place(int i, int digit) {
        int bit = 1 << digit;
        cells[i] = digit;
        rows[i / 9] |= bit;
        cols[i % 9] |= bit;
        boxes[box(i)] |= bit;
    }

    void clear(int i) {
        int bit = ~(1 << cells[i]);
        rows[i / 9] &= bit;
        cols[i % 9] &= bit;
        boxes[box(i)] &= bit;
        cells[i] = 0;
    }

    int candidates(int i) {
        return ~(rows[i / 9] | cols[i % 9] | boxes[box(i)]) & 0x3FE;
    }

    boolean solve() {
        int best = -1, bestCount = 10;
        for (int i = 0; i < 81; i++) {
            if (cells[i] == 0) {
                int count = Integer.bitCount(candidates(i));
                if (count < bestCount) {
                    best = i;
                    bestCount = count;
                    if (count <= 1) {
                        break;
                    }
                }
            }
        }
        if (best < 0) {
            return true;
        }
        int options = candidates(best);
        if (options == 0) {
            return false;
        }
        if (Integer.bitCount(options) > 1) {
            guesses++;
        }
        while (options != 0) {
            int bit = Integer.lowestOneBit(options);
            options &= options - 1;
            place(best, Integer.numberOfTrailingZeros(bit));
            if (solve()) {
                return true;
            }
            clear(best);
        }
        return false;
    }

    static boolean valid(int[] g) {
        for (int k = 0; k < 9; k++) {
            int r = 0, c = 0, b = 0;
            for (int j = 0; j < 9; j++) {
                r |= 1 << g[k * 9 + j];
                c |= 1 << g[j * 9 + k];
                b |= 1 << g[(k / 3 * 3 + j / 3) * 9 + k % 3 * 3 + j % 3];
            }
            if (r != 0x3FE || c != 0x3FE || b != 0x3FE) {
                return false;
            }
        }
        return true;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < 9; r++) {
            if (r % 3 == 0 && r > 0) {
                out.append("------+-------+------\n");
            }
            for (int c = 0; c < 9; c++) {
                if (c % 3 == 0 && c > 0) {
                    out.append("| ");
                }
                int v = cells[r * 9 + c];
                out.append(v == 0 ? "." : String.valueOf(v)).append(c == 8 ? "" : " ");
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String[] puzzles = {
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
            "11.......................................................................................",
        };
        for (String p : puzzles) {
            Main s = new Main();
            if (!s.load(p)) {
                System.out.println("invalid puzzle: a digit repeats\n");
                continue;
            }
            boolean solved = s.solve();
            System.out.print(s.render());
            System.out.println("solved " + solved + ", guesses " + s.guesses + ", valid " + valid(s.cells) + "\n");
        }
    }
}
