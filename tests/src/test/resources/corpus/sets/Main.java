package corpus.sets;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sets: HashSet add/contains/remove and its deterministic iteration order for Integer and String elements, set
 * algebra with addAll/retainAll/removeAll/containsAll, LinkedHashSet insertion order, TreeSet ordering with
 * natural order and comparators, navigation (first, last, floor, ceiling, higher, lower, headSet, tailSet,
 * subSet, descendingSet, pollFirst), and a sieve of Eratosthenes over a set.
 */
public class Main {
    public static void main(String[] args) {
        Set<Integer> a = new HashSet<>(List.of(1, 3, 5, 7, 9, 11, 64, 33));
        Set<Integer> b = new HashSet<>(List.of(3, 6, 9, 12, 64));
        System.out.println("a " + a + " b " + b + " add dup " + a.add(3) + " add new " + a.add(15));
        Set<Integer> union = new HashSet<>(a);
        union.addAll(b);
        Set<Integer> intersection = new HashSet<>(a);
        intersection.retainAll(b);
        Set<Integer> difference = new HashSet<>(a);
        difference.removeAll(b);
        System.out.println("union " + union + " intersection " + intersection + " difference " + difference
                + " containsAll " + union.containsAll(a));
        Set<String> words = new HashSet<>();
        for (String w : "to be or not to be that is the question".split(" ")) {
            words.add(w);
        }
        System.out.println("distinct words " + words + " size " + words.size() + " remove(be) " + words.remove("be"));
        Set<String> linked = new LinkedHashSet<>(List.of("delta", "alpha", "charlie", "alpha", "bravo"));
        System.out.println("LinkedHashSet " + linked);
        TreeSet<Integer> tree = new TreeSet<>(List.of(50, 20, 80, 10, 30, 70, 90, 60));
        System.out.println("TreeSet " + tree + " first " + tree.first() + " last " + tree.last() + " floor(55) "
                + tree.floor(55) + " ceiling(55) " + tree.ceiling(55) + " higher(80) " + tree.higher(80) + " lower(10) "
                + tree.lower(10));
        System.out.println("headSet(50) " + tree.headSet(50) + " tailSet(50) " + tree.tailSet(50) + " subSet(20, true, 70, true) "
                + tree.subSet(20, true, 70, true) + " descending " + tree.descendingSet());
        NavigableSet<Integer> view = tree.headSet(60, false);
        view.remove(20);
        System.out.println("remove through view " + tree + " pollFirst " + tree.pollFirst() + " pollLast " + tree.pollLast()
                + " -> " + tree);
        TreeSet<String> byLength = new TreeSet<>((x, y) -> x.length() != y.length() ? x.length() - y.length() : x.compareTo(y));
        byLength.addAll(List.of("ccc", "a", "bb", "aaa", "b", "dddd"));
        TreeSet<String> caseless = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        caseless.addAll(List.of("Beta", "alpha", "ALPHA", "gamma", "beta"));
        System.out.println("by length " + byLength + " case-insensitive " + caseless);
        Set<Integer> primes = new TreeSet<>();
        for (int i = 2; i <= 100; i++) {
            primes.add(i);
        }
        for (int i = 2; i * i <= 100; i++) {
            for (int j = i * i; j <= 100; j += i) {
                primes.remove(j);
            }
        }
        System.out.println("primes " + primes);
        Set<List<Integer>> ofLists = new HashSet<>();
        ofLists.add(List.of(1, 2));
        ofLists.add(List.of(1, 2));
        ofLists.add(List.of(2, 1));
        System.out.println("set of lists size " + ofLists.size() + " equals " + new HashSet<>(List.of(1, 2)).equals(Set.of(2, 1))
                + " hash " + new HashSet<>(List.of("x", "y")).hashCode());
    }
}
