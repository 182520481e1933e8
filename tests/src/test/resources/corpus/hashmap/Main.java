package corpus.hashmap;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HashMap: put/get/remove/containsKey/containsValue, iteration order for Integer and String keys (deterministic:
 * it follows the hash codes and the table size), growth through many resizes, colliding hash codes ("Aa"/"BB"),
 * a null key and null values, getOrDefault, putIfAbsent, merge, compute, computeIfAbsent/Present, replaceAll,
 * entrySet iteration with setValue and iterator removal, word counting, and LinkedHashMap in insertion and access
 * order with removeEldestEntry as an LRU cache.
 */
public class Main {
    public static void main(String[] args) {
        Map<Integer, String> byInt = new HashMap<>();
        for (int k : new int[] {42, 7, 100, -3, 16, 0, 33, 1000000}) {
            byInt.put(k, "v" + k);
        }
        System.out.println("Integer keys " + byInt);
        Map<String, Integer> byString = new HashMap<>();
        for (String s : new String[] {"pear", "apple", "fig", "banana", "cherry", "Aa", "BB", "kiwi"}) {
            byString.put(s, s.length());
        }
        System.out.println("String keys " + byString);
        System.out.println("get " + byString.get("fig") + " " + byString.get("none") + " containsKey " + byString.containsKey("BB")
                + " containsValue(6) " + byString.containsValue(6));
        Map<Integer, Integer> squares = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            squares.put(i, i * i);
        }
        long sum = 0;
        for (int v : squares.values()) {
            sum += v;
        }
        System.out.println("5000 entries, sum of values " + sum + ", remove(4999) " + squares.remove(4999) + ", size "
                + squares.size());
        Map<String, String> nulls = new HashMap<>();
        nulls.put(null, "null key");
        nulls.put("nullValue", null);
        System.out.println("null key " + nulls.get(null) + ", null value present " + nulls.containsKey("nullValue")
                + ", getOrDefault " + nulls.getOrDefault("nullValue", "default") + " " + nulls.getOrDefault("absent", "default"));
        Map<String, Integer> counts = new HashMap<>();
        String text = "the cat and the hat and the bat sat on the mat";
        for (String w : text.split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println("word counts " + counts);
        counts.putIfAbsent("the", 100);
        counts.putIfAbsent("dog", 1);
        counts.compute("cat", (k, v) -> v == null ? 1 : v * 10);
        counts.computeIfAbsent("emu", k -> k.length());
        counts.computeIfPresent("hat", (k, v) -> null);
        counts.replaceAll((k, v) -> v + k.length());
        System.out.println("after updates " + counts);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getKey().startsWith("a")) {
                e.setValue(-e.getValue());
            }
        }
        for (Iterator<String> it = counts.keySet().iterator(); it.hasNext(); ) {
            if (it.next().length() == 3 && counts.size() > 8) {
                it.remove();
            }
        }
        System.out.println("after iteration " + counts);
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String s : new String[] {"zeta", "alpha", "mu", "beta"}) {
            ordered.put(s, s.length());
        }
        ordered.put("alpha", 0);
        System.out.println("LinkedHashMap insertion order " + ordered);
        Map<Integer, String> lru = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
                return size() > 3;
            }
        };
        for (int i = 1; i <= 4; i++) {
            lru.put(i, "page" + i);
        }
        lru.get(2);
        lru.put(5, "page5");
        System.out.println("LRU cache " + lru);
        Map<Long, Long> collatz = new HashMap<>();
        long best = 0, bestStart = 0;
        for (long start = 1; start < 3000; start++) {
            long n = start, steps = 0;
            while (n != 1) {
                Long known = collatz.get(n);
                if (known != null) {
                    steps += known;
                    break;
                }
                n = n % 2 == 0 ? n / 2 : 3 * n + 1;
                steps++;
            }
            collatz.put(start, steps);
            if (steps > best) {
                best = steps;
                bestStart = start;
            }
        }
        System.out.println("longest collatz below 3000 starts at " + bestStart + " with " + best + " steps");
        System.out.println("equals " + Map.of("a", 1).equals(new HashMap<>(Map.of("a", 1))) + " hash " + byString.hashCode());
    }
}
