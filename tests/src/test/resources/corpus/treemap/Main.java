package corpus.treemap;

import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * TreeMap (a red-black tree): natural, reversed and case-insensitive orderings, navigation (firstKey, lastEntry,
 * floorKey, ceilingEntry, higherKey, lowerEntry), views (headMap, tailMap, subMap, descendingMap) that write
 * through, pollFirstEntry/pollLastEntry, Map.Entry toString/equals, many insertions and deletions keeping the
 * order, null keys refused with natural ordering, and a histogram printed in key order.
 */
public class Main {
    public static void main(String[] args) {
        TreeMap<Integer, String> map = new TreeMap<>();
        for (int k : new int[] {50, 20, 80, 10, 30, 70, 90, 25, 85}) {
            map.put(k, "v" + k);
        }
        System.out.println(map);
        System.out.println("firstKey " + map.firstKey() + " lastEntry " + map.lastEntry() + " floorKey(27) " + map.floorKey(27)
                + " ceilingEntry(27) " + map.ceilingEntry(27) + " higherKey(90) " + map.higherKey(90) + " lowerEntry(10) "
                + map.lowerEntry(10));
        System.out.println("headMap(30) " + map.headMap(30) + " tailMap(80, false) " + map.tailMap(80, false)
                + " subMap(20, 70) " + map.subMap(20, 70));
        NavigableMap<Integer, String> desc = map.descendingMap();
        System.out.println("descending " + desc + " first " + desc.firstKey());
        map.subMap(20, true, 30, true).clear();
        System.out.println("after clearing subMap[20,30] " + map);
        System.out.println("pollFirst " + map.pollFirstEntry() + " pollLast " + map.pollLastEntry() + " -> " + map);
        TreeMap<String, Integer> reversed = new TreeMap<>(Comparator.reverseOrder());
        TreeMap<String, Integer> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String s : new String[] {"banana", "Apple", "cherry", "apple", "Banana"}) {
            reversed.merge(s, 1, Integer::sum);
            caseless.merge(s, 1, Integer::sum);
        }
        System.out.println("reversed " + reversed + " caseless " + caseless);
        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 2000; i++) {
            big.put((i * 7919) % 2003, i);
        }
        for (int i = 0; i < 2003; i += 3) {
            big.remove(i);
        }
        System.out.println("big size " + big.size() + " first " + big.firstEntry() + " last " + big.lastEntry() + " floor(1000) "
                + big.floorEntry(1000));
        try {
            map.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("null key: NullPointerException");
        }
        Map.Entry<Integer, String> entry = map.firstEntry();
        System.out.println("entry " + entry + " key " + entry.getKey() + " equals " + entry.equals(Map.entry(50, "v50"))
                + " hash " + entry.hashCode());
        TreeMap<Character, Integer> histogram = new TreeMap<>();
        for (char c : "mississippi river".toCharArray()) {
            histogram.merge(c, 1, Integer::sum);
        }
        for (Map.Entry<Character, Integer> e : histogram.entrySet()) {
            System.out.println("'" + e.getKey() + "' " + "*".repeat(e.getValue()));
        }
    }
}
