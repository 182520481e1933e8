package corpus.arraydeque;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * ArrayDeque as a stack and as a queue: push/pop/peek, offer/poll, both ends, growth past the initial capacity
 * with wrap-around, iteration order and descendingIterator, removal while iterating, NoSuchElementException from
 * pop/remove/element on an empty deque, null elements rejected, and two classic uses: balanced brackets and
 * breadth-first search on a grid.
 */
public class Main {
    static boolean balanced(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> stack.push(c);
                case ')', ']', '}' -> {
                    if (stack.isEmpty()) {
                        return false;
                    }
                    char open = stack.pop();
                    if (open != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return stack.isEmpty();
    }

    static int shortestPath(String[] grid) {
        int rows = grid.length, cols = grid[0].length();
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) {
            java.util.Arrays.fill(row, -1);
        }
        Deque<int[]> queue = new ArrayDeque<>();
        queue.offer(new int[] {0, 0});
        dist[0][0] = 0;
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int[] p = queue.poll();
            for (int[] m : moves) {
                int r = p[0] + m[0], c = p[1] + m[1];
                if (r >= 0 && r < rows && c >= 0 && c < cols && grid[r].charAt(c) == '.' && dist[r][c] < 0) {
                    dist[r][c] = dist[p[0]][p[1]] + 1;
                    queue.offer(new int[] {r, c});
                }
            }
        }
        return dist[rows - 1][cols - 1];
    }

    public static void main(String[] args) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 1; i <= 5; i++) {
            stack.push(i);
        }
        System.out.println("stack " + stack + " peek " + stack.peek() + " pop " + stack.pop() + " " + stack.pop());
        Deque<String> queue = new ArrayDeque<>(2);
        for (int i = 0; i < 40; i++) {
            queue.offerLast("q" + i);
            if (i % 3 == 0) {
                queue.pollFirst();
            }
        }
        queue.offerFirst("front");
        System.out.println("queue size " + queue.size() + " first " + queue.peekFirst() + " last " + queue.peekLast()
                + " " + queue);
        StringBuilder desc = new StringBuilder();
        for (Iterator<String> it = queue.descendingIterator(); it.hasNext(); ) {
            String s = it.next();
            if (s.endsWith("7")) {
                it.remove();
            } else if (desc.length() < 40) {
                desc.append(s).append(' ');
            }
        }
        System.out.println("descending prefix " + desc.toString().trim() + " size after removals " + queue.size());
        Deque<Integer> empty = new ArrayDeque<>();
        System.out.println("poll " + empty.poll() + " peek " + empty.peek() + " pollLast " + empty.pollLast());
        try {
            empty.pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop on empty: " + e);
        }
        try {
            empty.element();
        } catch (NoSuchElementException e) {
            System.out.println("element on empty: " + e);
        }
        try {
            empty.push(null);
        } catch (NullPointerException e) {
            System.out.println("push(null): NullPointerException");
        }
        for (String s : new String[] {"([]{()})", "([)]", "((", "", "}{", "{[()()]}[]"}) {
            System.out.println("balanced '" + s + "' " + balanced(s));
        }
        String[] grid = {
            "..#.......",
            ".##.####..",
            "....#..#..",
            "##.##.##.#",
            "......#...",
        };
        System.out.println("shortest path " + shortestPath(grid));
        Deque<Integer> window = new ArrayDeque<>();
        int[] values = {1, 3, -1, -3, 5, 3, 6, 7};
        StringBuilder maxima = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (!window.isEmpty() && window.peekFirst() <= i - 3) {
                window.pollFirst();
            }
            while (!window.isEmpty() && values[window.peekLast()] < values[i]) {
                window.pollLast();
            }
            window.offerLast(i);
            if (i >= 2) {
                maxima.append(values[window.peekFirst()]).append(' ');
            }
        }
        System.out.println("sliding window maxima " + maxima.toString().trim());
    }
}
