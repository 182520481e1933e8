package corpus.collectionsutil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable and wrapped collections: List.of/copyOf (null elements refused, UnsupportedOperationException with
 * a null message on mutation), Map.of/Map.entry looked up by key only (their iteration order is randomized per
 * JVM run, so it is never printed), Arrays.asList (set works, add does not, writes through to the array),
 * Collections.unmodifiableList views that follow the backing list, emptyList/singletonList/nCopies,
 * Collections.addAll/disjoint/fill/indexOfSubList, and checkedList's ClassCastException.
 */
public class Main {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action action) {
        try {
            System.out.println(label + ": " + action.run());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        List<String> fixed = List.of("a", "b", "c");
        attempt("List.of get", () -> fixed.get(1));
        attempt("List.of add", () -> fixed.add("d"));
        attempt("List.of set", () -> fixed.set(0, "z"));
        attempt("List.of null", () -> List.of("x", null));
        attempt("List.of contains null", () -> fixed.contains(null));
        attempt("List.copyOf", () -> List.copyOf(new ArrayList<>(List.of(3, 2, 1))));
        Map<String, Integer> map = Map.of("one", 1, "two", 2, "three", 3);
        attempt("Map.of get", () -> map.get("two") + " size " + map.size() + " sorted " + new TreeMap<>(map));
        attempt("Map.of put", () -> map.put("four", 4));
        attempt("Map.of duplicate key", () -> Map.of("k", 1, "k", 2));
        attempt("Map.entry", () -> Map.entry("key", 42));
        attempt("Map.ofEntries", () -> new TreeMap<>(Map.ofEntries(Map.entry("b", 2), Map.entry("a", 1))));
        String[] backing = {"x", "y", "z"};
        List<String> view = Arrays.asList(backing);
        view.set(0, "X");
        attempt("Arrays.asList write-through", () -> backing[0] + " " + view);
        attempt("Arrays.asList add", () -> view.add("w"));
        List<Integer> source = new ArrayList<>(List.of(1, 2));
        List<Integer> readOnly = Collections.unmodifiableList(source);
        source.add(3);
        attempt("unmodifiable view follows", () -> readOnly);
        attempt("unmodifiable add", () -> readOnly.add(4));
        attempt("empty and singleton", () -> Collections.emptyList() + " " + Collections.singletonList(7) + " "
                + Collections.emptyMap() + " " + Collections.singleton("s"));
        attempt("nCopies", () -> Collections.nCopies(4, 0));
        List<String> target = new ArrayList<>();
        Collections.addAll(target, "p", "q", "r", "p", "q");
        attempt("addAll", () -> target);
        attempt("disjoint", () -> Collections.disjoint(target, List.of("a", "b")) + " " + Collections.disjoint(target, List.of("r")));
        attempt("indexOfSubList", () -> Collections.indexOfSubList(target, List.of("p", "q")) + " last "
                + Collections.lastIndexOfSubList(target, List.of("p", "q")));
        Collections.fill(target, "-");
        attempt("fill", () -> target);
        List checked = Collections.checkedList(new ArrayList<String>(), String.class);
        attempt("checkedList add String", () -> checked.add("fine"));
        attempt("checkedList add Integer", () -> checked.add(12));
        attempt("Set.of duplicate", () -> java.util.Set.of(1, 1));
        attempt("Set.of contains", () -> java.util.Set.of(1, 2, 3).contains(2));
        attempt("List.of toString", () -> List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).toString());
        attempt("sublist of immutable", () -> fixed.subList(1, 3));
        attempt("immutable equals", () -> fixed.equals(Arrays.asList("a", "b", "c")) + " hash " + fixed.hashCode());
    }
}
