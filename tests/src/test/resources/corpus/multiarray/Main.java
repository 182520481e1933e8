package corpus.multiarray;

import java.util.Arrays;

/**
 * multianewarray for 2 and 3 dimensions and every element type, partially specified dimensions
 * (new int[3][]), jagged arrays built by hand, zero-sized dimensions, a negative dimension
 * (NegativeArraySizeException), matrix arithmetic over 2D arrays, and deepToString/deepEquals.
 */
public class Main {
    static int[][] multiply(int[][] a, int[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int sum = 0;
                for (int x = 0; x < k; x++) {
                    sum += a[i][x] * b[x][j];
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++) {
            for (int col = 0; col < 4; col++) {
                grid[r][col] = r * 10 + col;
            }
        }
        System.out.println("grid " + Arrays.deepToString(grid));
        long[][][] cube = new long[2][3][2];
        cube[1][2][1] = Long.MAX_VALUE;
        cube[0][0][0] = -1;
        System.out.println("cube " + Arrays.deepToString(cube));
        double[][] dd = new double[2][2];
        boolean[][] bb = new boolean[1][3];
        char[][] cc = new char[2][3];
        cc[1][2] = 'q';
        String[][][] strings = new String[2][2][];
        strings[1][0] = new String[] {"deep"};
        System.out.println("double " + Arrays.deepToString(dd) + " boolean " + Arrays.deepToString(bb) + " char "
                + (int) cc[0][0] + cc[1][2] + " strings " + Arrays.deepToString(strings));
        int[][] partial = new int[3][];
        System.out.println("partial rows are null: " + (partial[0] == null) + ", length " + partial.length);
        for (int r = 0; r < partial.length; r++) {
            partial[r] = new int[r + 1];
            Arrays.fill(partial[r], r + 1);
        }
        System.out.println("jagged " + Arrays.deepToString(partial));
        int[][] zero = new int[4][0];
        int[][] none = new int[0][4];
        System.out.println("zero sizes " + zero.length + "x" + zero[0].length + ", " + none.length);
        int[][] a = {{1, 2}, {3, 4}, {5, 6}};
        int[][] b = {{7, 8, 9}, {10, 11, 12}};
        System.out.println("product " + Arrays.deepToString(multiply(a, b)));
        int[][] id = new int[3][3];
        for (int x = 0; x < 3; x++) {
            id[x][x] = 1;
        }
        int[][] p = multiply(multiply(a, b), id);
        System.out.println("times identity equal " + Arrays.deepEquals(p, multiply(a, b)));
        Object[][] mixed = new Object[2][2];
        mixed[0][0] = 1;
        mixed[0][1] = "two";
        mixed[1][0] = new int[] {3};
        System.out.println("mixed " + Arrays.deepToString(mixed) + " class " + mixed.getClass().getName() + " row "
                + mixed[0].getClass().getName());
        short[][][][] four = new short[2][1][2][3];
        four[1][0][1][2] = 9;
        System.out.println("4D " + Arrays.deepToString(four) + " " + four.getClass().getName());
        int size = -1;
        try {
            int[][] bad = new int[2][size];
            System.out.println("not reached " + bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative inner dimension: " + e);
        }
        try {
            int[][] bad = new int[size][2];
            System.out.println("not reached " + bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative outer dimension: " + e);
        }
        // Pascal's triangle in a jagged long array.
        long[][] pascal = new long[21][];
        for (int n = 0; n < pascal.length; n++) {
            pascal[n] = new long[n + 1];
            pascal[n][0] = pascal[n][n] = 1;
            for (int k = 1; k < n; k++) {
                pascal[n][k] = pascal[n - 1][k - 1] + pascal[n - 1][k];
            }
        }
        System.out.println("C(20, 10) = " + pascal[20][10] + ", row 6 " + Arrays.toString(pascal[6]));
    }
}
