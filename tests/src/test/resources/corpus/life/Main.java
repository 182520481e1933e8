package corpus.life;

/**
 * Conway's Game of Life on a 32x16 torus with a glider, a blinker, a toad and an R-pentomino: boolean[][] grids,
 * modular neighbour arithmetic, generation stepping into a second buffer, a population count per generation,
 * printing of selected generations, and period detection for the blinker alone.
 */
public class Main {
    static final int W = 32, H = 16;

    static boolean[][] step(boolean[][] g) {
        boolean[][] next = new boolean[H][W];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && g[(y + dy + H) % H][(x + dx + W) % W]) {
                            n++;
                        }
                    }
                }
                next[y][x] = n == 3 || n == 2 && g[y][x];
            }
        }
        return next;
    }

    static int population(boolean[][] g) {
        int count = 0;
        for (boolean[] row : g) {
            for (boolean cell : row) {
                if (cell) {
                    count++;
                }
            }
        }
        return count;
    }

    static String render(boolean[][] g) {
        StringBuilder out = new StringBuilder();
        for (boolean[] row : g) {
            for (boolean cell : row) {
                out.append(cell ? '#' : '.');
            }
            out.append('\n');
        }
        return out.toString();
    }

    static void put(boolean[][] g, int x, int y, String... rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length(); c++) {
                g[y + r][x + c] = rows[r].charAt(c) == '#';
            }
        }
    }

    public static void main(String[] args) {
        boolean[][] grid = new boolean[H][W];
        put(grid, 1, 1, ".#.", "..#", "###");
        put(grid, 10, 2, "###");
        put(grid, 16, 10, ".###", "###.");
        put(grid, 24, 5, ".##", "##.", ".#.");
        StringBuilder populations = new StringBuilder();
        for (int gen = 0; gen <= 60; gen++) {
            if (gen == 0 || gen == 4 || gen == 60) {
                System.out.println("generation " + gen + ":");
                System.out.print(render(grid));
            }
            populations.append(population(grid)).append(gen < 60 ? "," : "");
            grid = step(grid);
        }
        System.out.println("populations " + populations);
        boolean[][] blinker = new boolean[H][W];
        put(blinker, 5, 5, "###");
        String start = render(blinker);
        boolean[][] b = step(blinker);
        int period = 1;
        while (!render(b).equals(start) && period < 10) {
            b = step(b);
            period++;
        }
        System.out.println("blinker period " + period);
    }
}
