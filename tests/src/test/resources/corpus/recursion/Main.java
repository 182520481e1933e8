package corpus.recursion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursion: naive and memoized Fibonacci, Ackermann(2, n) and (3, 3), mutual recursion (isEven/isOdd), Towers of
 * Hanoi, permutations and subsets by backtracking, flood fill, greatest common divisor, recursion 5000 frames deep,
 * and recursion with long and double parameters and results.
 */
public class Main {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static final Map<Integer, Long> memo = new HashMap<>();

    static long fibMemo(int n) {
        if (n < 2) {
            return n;
        }
        Long known = memo.get(n);
        if (known != null) {
            return known;
        }
        long value = fibMemo(n - 1) + fibMemo(n - 2);
        memo.put(n, value);
        return value;
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int hanoi(int disks, char from, char to, char via, StringBuilder moves) {
        if (disks == 0) {
            return 0;
        }
        int count = hanoi(disks - 1, from, via, to, moves);
        if (moves.length() < 60) {
            moves.append(from).append(to).append(' ');
        }
        return count + 1 + hanoi(disks - 1, via, to, from, moves);
    }

    static void permutations(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) {
            out.add(prefix);
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    static void subsets(int[] items, int index, List<Integer> current, List<String> out) {
        if (index == items.length) {
            out.add(current.toString());
            return;
        }
        subsets(items, index + 1, current, out);
        current.add(items[index]);
        subsets(items, index + 1, current, out);
        current.remove(current.size() - 1);
    }

    static int fill(char[][] grid, int r, int c) {
        if (r < 0 || c < 0 || r >= grid.length || c >= grid[r].length || grid[r][c] != '.') {
            return 0;
        }
        grid[r][c] = '#';
        return 1 + fill(grid, r + 1, c) + fill(grid, r - 1, c) + fill(grid, r, c + 1) + fill(grid, r, c - 1);
    }

    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    static double power(double base, long exp) {
        if (exp == 0) {
            return 1;
        }
        double half = power(base, exp / 2);
        return exp % 2 == 0 ? half * half : half * half * base;
    }

    public static void main(String[] args) {
        System.out.println("fib(25) " + fib(25) + ", fibMemo(90) " + fibMemo(90));
        System.out.println("ackermann(2, 3) " + ackermann(2, 3) + ", (3, 3) " + ackermann(3, 3));
        System.out.println("isEven(100) " + isEven(100) + ", isOdd(77) " + isOdd(77));
        StringBuilder moves = new StringBuilder();
        System.out.println("hanoi(10) moves " + hanoi(10, 'A', 'C', 'B', moves) + " starting " + moves.toString().trim());
        List<String> perms = new ArrayList<>();
        permutations("", "abcd", perms);
        System.out.println("permutations " + perms.size() + " " + perms);
        List<String> subs = new ArrayList<>();
        subsets(new int[] {1, 2, 3}, 0, new ArrayList<>(), subs);
        System.out.println("subsets " + subs);
        char[][] grid = {
            "..#.....".toCharArray(),
            ".##..#..".toCharArray(),
            "#...##..".toCharArray(),
            "..#.....".toCharArray(),
        };
        System.out.println("flood fill from (0,0) " + fill(grid, 0, 0) + ", then from (0,3) " + fill(grid, 0, 3));
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(1L << 40, 6L << 20) + " " + gcd(17, 5));
        System.out.println("depth 5000 " + depth(5000));
        System.out.println("power " + power(1.0001, 10000) + " " + power(2, 62) + " " + power(0.5, 3));
    }
}
