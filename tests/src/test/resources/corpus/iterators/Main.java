package corpus.iterators;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Iterators: a hand-written Iterable used by for-each (a range and a tree traversal), Iterator.remove,
 * ConcurrentModificationException from ArrayList and HashMap when modified during iteration (and the
 * legal removal through the iterator), NoSuchElementException from next() past the end, IllegalStateException
 * from remove() twice, the for-each over arrays versus lists, and forEachRemaining.
 */
public class Main {
    static final class Range implements Iterable<Integer> {
        final int from, to, step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = from;

                @Override
                public boolean hasNext() {
                    return step > 0 ? next < to : next > to;
                }

                @Override
                public Integer next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("range exhausted at " + next);
                    }
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static final class Tree implements Iterable<String> {
        final String value;
        final Tree left, right;

        Tree(Tree left, String value, Tree right) {
            this.left = left;
            this.value = value;
            this.right = right;
        }

        @Override
        public Iterator<String> iterator() {
            List<String> inOrder = new ArrayList<>();
            collect(this, inOrder);
            return inOrder.iterator();
        }

        static void collect(Tree t, List<String> out) {
            if (t != null) {
                collect(t.left, out);
                out.add(t.value);
                collect(t.right, out);
            }
        }
    }

    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        for (int v : new Range(0, 20, 3)) {
            out.append(v).append(' ');
        }
        for (int v : new Range(5, 0, -2)) {
            out.append(v).append(' ');
        }
        System.out.println("ranges " + out.toString().trim());
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("past the end: " + e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: UnsupportedOperationException " + e.getMessage());
        }
        Tree tree = new Tree(new Tree(null, "a", new Tree(null, "b", null)), "c", new Tree(new Tree(null, "d", null), "e", null));
        System.out.println("tree in order " + String.join("", tree));
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        try {
            for (Integer v : list) {
                if (v == 2) {
                    list.remove(v);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("ArrayList modified in for-each: " + e.getClass().getName());
        }
        for (Iterator<Integer> i = list.iterator(); i.hasNext(); ) {
            if (i.next() % 2 == 1) {
                i.remove();
            }
        }
        System.out.println("removed odd through iterator " + list);
        Iterator<Integer> twice = list.iterator();
        twice.next();
        twice.remove();
        try {
            twice.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove twice: IllegalStateException");
        }
        Map<String, Integer> map = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        try {
            for (String k : map.keySet()) {
                map.put(k + k, 0);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("HashMap modified while iterating: ConcurrentModificationException");
        }
        map.entrySet().removeIf(e -> e.getValue() == 0);
        System.out.println("map after removeIf " + new TreeMap<>(map));
        List<String> remaining = new ArrayList<>();
        Iterator<String> words = List.of("x", "y", "z").iterator();
        words.next();
        words.forEachRemaining(remaining::add);
        System.out.println("forEachRemaining " + remaining);
        int[][] grid = {{1, 2}, {3, 4, 5}, {}};
        int total = 0;
        for (int[] row : grid) {
            for (int cell : row) {
                total += cell;
            }
        }
        System.out.println("for-each over arrays total " + total);
        Iterator<Integer> empty = List.<Integer>of().iterator();
        System.out.println("empty hasNext " + empty.hasNext());
        try {
            empty.next();
        } catch (NoSuchElementException e) {
            System.out.println("empty next: NoSuchElementException");
        }
        try {
            List<Integer> fixed = List.of(1, 2);
            Iterator<Integer> fi = fixed.iterator();
            fi.next();
            fi.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable iterator remove: UnsupportedOperationException");
        }
    }
}
