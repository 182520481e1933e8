package corpus.streams;

import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Sequential streams: IntStream.range/rangeClosed/iterate, map/filter/reduce, sum/average/summaryStatistics,
 * boxed/mapToObj, sorted/distinct/limit/skip/takeWhile/dropWhile, flatMap, anyMatch/allMatch/noneMatch,
 * findFirst, collect with toList, joining, groupingBy (into TreeMap), partitioningBy, counting, toMap with
 * merge, mapping, summingInt, teeing, Stream.iterate with a predicate, peek order, and laziness.
 */
public class Main {
    record Sale(String region, String product, int amount) {
    }

    public static void main(String[] args) {
        System.out.println("squares of evens " + IntStream.rangeClosed(1, 10).filter(i -> i % 2 == 0).map(i -> i * i).boxed()
                .collect(Collectors.toList()));
        System.out.println("sum " + IntStream.range(0, 100).sum() + " average " + IntStream.of(1, 2, 3, 4).average().getAsDouble()
                + " max " + IntStream.of(3, 9, 2).max().getAsInt() + " reduce " + IntStream.rangeClosed(1, 10).reduce(1, (a, b) -> a * b));
        IntSummaryStatistics stats = IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics();
        System.out.println("stats " + stats);
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "alpha", "echo", "delta", "foxtrot");
        System.out.println("sorted distinct " + words.stream().distinct().sorted().collect(Collectors.joining(", ", "[", "]")));
        System.out.println("skip/limit " + words.stream().skip(2).limit(3).toList() + " takeWhile "
                + Stream.of(1, 2, 3, 10, 4).takeWhile(i -> i < 5).toList() + " dropWhile " + Stream.of(1, 2, 3, 10, 4).dropWhile(i -> i < 5).toList());
        System.out.println("flatMap " + Stream.of("ab", "cd").flatMap(s -> s.chars().mapToObj(c -> (char) c)).toList()
                + " chars " + "hello".chars().mapToObj(c -> String.valueOf((char) (c - 32))).collect(Collectors.joining()));
        System.out.println("matches any " + words.stream().anyMatch(w -> w.startsWith("c")) + " all "
                + words.stream().allMatch(w -> w.length() > 3) + " none " + words.stream().noneMatch(String::isEmpty)
                + " findFirst " + words.stream().filter(w -> w.contains("o")).findFirst().orElse("-"));
        Map<Integer, List<String>> byLength = words.stream().distinct()
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        System.out.println("groupingBy length " + byLength);
        Map<Boolean, Long> partition = words.stream().collect(Collectors.partitioningBy(w -> w.length() > 5, Collectors.counting()));
        System.out.println("partitioningBy " + partition);
        Map<String, Integer> lengths = words.stream().collect(Collectors.toMap(w -> w, String::length, (a, b) -> a + b, TreeMap::new));
        System.out.println("toMap merge " + lengths);
        List<Sale> sales = List.of(new Sale("north", "tea", 5), new Sale("south", "tea", 7), new Sale("north", "cake", 3),
                new Sale("east", "tea", 1), new Sale("south", "cake", 9), new Sale("north", "tea", 4));
        System.out.println("sum by region " + sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
                Collectors.summingInt(Sale::amount))));
        System.out.println("products by region " + sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
                Collectors.mapping(Sale::product, Collectors.toCollection(java.util.TreeSet::new)))));
        System.out.println("teeing " + sales.stream().collect(Collectors.teeing(Collectors.counting(),
                Collectors.summingInt(Sale::amount), (n, s) -> s + "/" + n)));
        System.out.println("iterate " + Stream.iterate(1, x -> x < 1000, x -> x * 3).toList() + " generate "
                + Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        StringBuilder order = new StringBuilder();
        List<Integer> result = Stream.of(5, 3, 8, 1).peek(x -> order.append("p").append(x)).filter(x -> x > 2)
                .map(x -> {
                    order.append("m").append(x);
                    return x * 10;
                }).toList();
        System.out.println("peek/filter/map order " + order + " -> " + result);
        StringBuilder lazy = new StringBuilder();
        Stream.of("a", "b", "c", "d").peek(lazy::append).filter(s -> s.equals("b")).findFirst();
        System.out.println("lazy evaluation touched " + lazy);
        System.out.println("primes " + IntStream.rangeClosed(2, 60).filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n))
                .noneMatch(d -> n % d == 0)).boxed().toList());
        System.out.println("long stream " + LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b) + " arrays "
                + Arrays.stream(new double[] {1.5, 2.5}).sum() + " count " + Stream.of(1, 2, 3).count());
        System.out.println("sorted by comparator " + words.stream().sorted(java.util.Comparator.comparing(String::length)
                .thenComparing(java.util.Comparator.reverseOrder())).distinct().toList());
        String sentence = "the quick brown fox jumps over the lazy dog the end";
        Map<String, Long> frequency = Arrays.stream(sentence.split(" "))
                .collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
        System.out.println("word frequency " + frequency);
        System.out.println("toArray " + Arrays.toString(Stream.of("x", "y").toArray(String[]::new)) + " int array "
                + Arrays.toString(IntStream.range(0, 5).map(i -> 4 - i).toArray()));
    }
}
