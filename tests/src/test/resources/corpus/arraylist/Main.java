package corpus.arraylist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

/**
 * ArrayList: add/get/set/remove by index and by value, add at an index, growth well past the initial capacity,
 * indexOf/lastIndexOf/contains, subList views (writes through, clear of a range), toArray in both forms,
 * removeIf/replaceAll/sort(null)/retainAll, ListIterator with set/add/previous, equals/hashCode against a
 * LinkedList, toString, and its IndexOutOfBoundsException messages.
 */
public class Main {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        list.add("b");
        list.add("d");
        list.add(0, "a");
        list.add(2, "c");
        list.add("e");
        System.out.println(list + " size " + list.size() + " get(2) " + list.get(2));
        String old = list.set(4, "E");
        System.out.println("set returned " + old + " -> " + list);
        System.out.println("remove(1) " + list.remove(1) + ", remove(\"d\") " + list.remove("d") + ", remove(\"zz\") "
                + list.remove("zz") + " -> " + list);
        List<Integer> numbers = new ArrayList<>(2);
        for (int i = 0; i < 1000; i++) {
            numbers.add(i * i % 97);
        }
        System.out.println("1000 added, indexOf(4) " + numbers.indexOf(4) + " lastIndexOf(4) " + numbers.lastIndexOf(4)
                + " contains(96) " + numbers.contains(96) + " contains(95) " + numbers.contains(95));
        List<Integer> window = numbers.subList(10, 20);
        System.out.println("subList " + window);
        window.set(0, -1);
        System.out.println("write through subList: " + numbers.get(10));
        numbers.subList(0, 990).clear();
        System.out.println("after clearing a range " + numbers);
        Object[] objects = numbers.toArray();
        Integer[] typed = numbers.toArray(new Integer[0]);
        Integer[] bigger = numbers.toArray(new Integer[12]);
        System.out.println("toArray " + objects.length + " " + typed.getClass().getSimpleName() + " " + bigger[10]
                + " " + bigger[11]);
        numbers.removeIf(n -> n % 2 == 0);
        numbers.replaceAll(n -> n * 10);
        System.out.println("removeIf/replaceAll " + numbers);
        numbers.sort(null);
        System.out.println("sorted " + numbers);
        List<String> letters = new ArrayList<>(Arrays.asList("q", "w", "e", "r", "t", "y"));
        ListIterator<String> it = letters.listIterator();
        while (it.hasNext()) {
            int index = it.nextIndex();
            String s = it.next();
            if (index % 2 == 0) {
                it.set(s.toUpperCase());
            } else {
                it.add("+");
            }
        }
        StringBuilder backwards = new StringBuilder();
        while (it.hasPrevious()) {
            backwards.append(it.previous());
        }
        System.out.println("listIterator " + letters + " backwards " + backwards);
        letters.retainAll(List.of("Q", "E", "T", "+"));
        System.out.println("retainAll " + letters);
        List<Integer> a = new ArrayList<>(List.of(1, 2, 3));
        List<Integer> b = new LinkedList<>(List.of(1, 2, 3));
        System.out.println("equals LinkedList " + a.equals(b) + " hash " + a.hashCode() + " " + b.hashCode());
        try {
            a.get(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(3): " + e.getMessage());
        }
        try {
            a.subList(2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("subList(2, 1): " + e.getMessage());
        }
        a.clear();
        System.out.println("cleared " + a + " isEmpty " + a.isEmpty());
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nested.add(new ArrayList<>());
            for (int j = 0; j <= i; j++) {
                nested.get(i).add(j);
            }
        }
        System.out.println("nested " + nested + " addAll at index " + addAllAt());
    }

    static List<String> addAllAt() {
        List<String> l = new ArrayList<>(List.of("a", "d"));
        l.addAll(1, List.of("b", "c"));
        return l;
    }
}
