package corpus.priorityqueue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * PriorityQueue (a binary heap): poll order for natural and reversed ordering, ties broken by thenComparing,
 * the internal array order shown by toString (deterministic for a given sequence of operations), remove(Object),
 * peek/poll on empty, heap sort, top-k with a bounded heap, merging sorted lists, and a tiny event simulation.
 */
public class Main {
    record Task(String name, int priority, int order) {
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        for (int v : new int[] {5, 1, 8, 3, 9, 2, 7, 1, 6}) {
            heap.offer(v);
        }
        System.out.println("internal order " + heap + " peek " + heap.peek() + " size " + heap.size());
        heap.remove(8);
        StringBuilder polled = new StringBuilder();
        while (!heap.isEmpty()) {
            polled.append(heap.poll()).append(' ');
        }
        System.out.println("poll order " + polled.toString().trim() + ", empty peek " + heap.peek() + " poll " + heap.poll());
        PriorityQueue<String> max = new PriorityQueue<>(Comparator.reverseOrder());
        max.addAll(List.of("kiwi", "apple", "mango", "fig", "banana"));
        System.out.println("max-heap " + max + " poll " + max.poll() + " " + max.poll());
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::priority).reversed()
                .thenComparingInt(Task::order));
        String[] names = {"write", "test", "deploy", "review", "plan", "fix"};
        int[] priorities = {2, 3, 1, 3, 2, 3};
        for (int i = 0; i < names.length; i++) {
            tasks.add(new Task(names[i], priorities[i], i));
        }
        List<String> done = new ArrayList<>();
        while (!tasks.isEmpty()) {
            Task t = tasks.poll();
            done.add(t.name() + "(" + t.priority() + ")");
        }
        System.out.println("tasks " + done);
        java.util.Random random = new java.util.Random(11);
        PriorityQueue<Integer> sorter = new PriorityQueue<>();
        PriorityQueue<Integer> topFive = new PriorityQueue<>();
        for (int i = 0; i < 200; i++) {
            int v = random.nextInt(10000);
            sorter.add(v);
            topFive.add(v);
            if (topFive.size() > 5) {
                topFive.poll();
            }
        }
        List<Integer> smallest = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            smallest.add(sorter.poll());
        }
        List<Integer> top = new ArrayList<>(topFive);
        top.sort(null);
        System.out.println("heap sort first 8 " + smallest + ", top five " + top);
        int[][] lists = {{1, 4, 9}, {2, 3, 10, 11}, {0, 5}};
        PriorityQueue<int[]> merge = new PriorityQueue<>(Comparator.comparingInt((int[] e) -> lists[e[0]][e[1]]));
        for (int i = 0; i < lists.length; i++) {
            merge.add(new int[] {i, 0});
        }
        StringBuilder merged = new StringBuilder();
        while (!merge.isEmpty()) {
            int[] e = merge.poll();
            merged.append(lists[e[0]][e[1]]).append(' ');
            if (e[1] + 1 < lists[e[0]].length) {
                merge.add(new int[] {e[0], e[1] + 1});
            }
        }
        System.out.println("merged " + merged.toString().trim());
        PriorityQueue<long[]> events = new PriorityQueue<>(Comparator.comparingLong((long[] e) -> e[0]).thenComparingLong(e -> e[1]));
        events.add(new long[] {0, 1});
        events.add(new long[] {0, 2});
        int processed = 0;
        long clock = 0;
        while (!events.isEmpty() && processed < 12) {
            long[] e = events.poll();
            clock = e[0];
            processed++;
            System.out.print("t=" + clock + ":c" + e[1] + " ");
            events.add(new long[] {clock + e[1] * 3, e[1]});
        }
        System.out.println();
    }
}
