package corpus.linkedlist;

import java.util.Iterator;
import java.util.LinkedList;
import java.util.ListIterator;
import java.util.NoSuchElementException;

/**
 * LinkedList as a list and a deque: addFirst/addLast/offer/push/pop/poll/peek at both ends, get/set/remove by
 * index from both halves, a ListIterator walking both directions with add/remove/set, descendingIterator,
 * removeFirstOccurrence/removeLastOccurrence, NoSuchElementException from getFirst on an empty list, and a
 * Josephus problem solved by rotating the list.
 */
public class Main {
    public static void main(String[] args) {
        LinkedList<String> list = new LinkedList<>();
        list.add("m");
        list.addFirst("b");
        list.addLast("x");
        list.push("a");
        list.offer("y");
        list.offerFirst("start");
        System.out.println(list + " first " + list.getFirst() + " last " + list.getLast() + " peek " + list.peek()
                + " peekLast " + list.peekLast());
        System.out.println("pop " + list.pop() + " poll " + list.poll() + " pollLast " + list.pollLast() + " removeLast "
                + list.removeLast() + " -> " + list);
        LinkedList<Integer> numbers = new LinkedList<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(i);
        }
        System.out.println("get(3) " + numbers.get(3) + " get(17) " + numbers.get(17) + " set(18) " + numbers.set(18, -18)
                + " remove(1) " + numbers.remove(1) + " remove(Integer 15) " + numbers.remove(Integer.valueOf(15)));
        ListIterator<Integer> it = numbers.listIterator(5);
        while (it.hasNext()) {
            int v = it.next();
            if (v % 3 == 0) {
                it.remove();
            } else if (v % 5 == 0) {
                it.set(v * 100);
            } else if (v == 7) {
                it.add(77);
            }
        }
        StringBuilder back = new StringBuilder();
        while (it.hasPrevious()) {
            back.append(it.previous()).append(it.hasPrevious() ? "," : "");
        }
        System.out.println("after iterator edits " + numbers + " backwards " + back);
        StringBuilder desc = new StringBuilder();
        for (Iterator<Integer> d = numbers.descendingIterator(); d.hasNext(); ) {
            desc.append(d.next()).append(' ');
        }
        System.out.println("descending " + desc.toString().trim());
        LinkedList<String> dups = new LinkedList<>(java.util.List.of("a", "b", "a", "c", "a"));
        dups.removeFirstOccurrence("a");
        dups.removeLastOccurrence("a");
        System.out.println("occurrences removed " + dups + " indexOf(a) " + dups.indexOf("a") + " contains(c) " + dups.contains("c"));
        LinkedList<String> empty = new LinkedList<>();
        try {
            empty.getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("getFirst on empty: NoSuchElementException " + e.getMessage());
        }
        System.out.println("poll on empty " + empty.poll() + " peekFirst " + empty.peekFirst());
        LinkedList<Integer> circle = new LinkedList<>();
        for (int i = 1; i <= 41; i++) {
            circle.add(i);
        }
        StringBuilder order = new StringBuilder();
        while (circle.size() > 1) {
            circle.addLast(circle.removeFirst());
            circle.addLast(circle.removeFirst());
            order.append(circle.removeFirst()).append(' ');
        }
        System.out.println("josephus(41, 3) elimination " + order.toString().trim() + " survivor " + circle.getFirst());
    }
}
