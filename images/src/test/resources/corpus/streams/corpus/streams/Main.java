package corpus.streams;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Streams: application lambdas handed to java.base, which uses lambdas of its own. */
public class Main {
    record Person(String name, int age) {
    }

    public static void main(String[] args) {
        List<Person> people = List.of(new Person("Ada", 36), new Person("Alan", 41), new Person("Grace", 85),
                new Person("Linus", 21), new Person("Barbara", 41));
        System.out.println(people.stream().filter(p -> p.age() > 30).map(Person::name)
                .collect(Collectors.joining(", ", "[", "]")));
        Map<Integer, List<String>> byAge = people.stream().collect(Collectors.groupingBy(Person::age, TreeMap::new,
                Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(byAge);
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 2 == 1).map(i -> i * i).sum());
        System.out.println(IntStream.range(0, 5).mapToObj(Integer::toString).collect(Collectors.toList()));
        Optional<Person> oldest = people.stream().max((a, b) -> Integer.compare(a.age(), b.age()));
        System.out.println(oldest.map(Person::name).orElse("nobody"));
        System.out.println(Stream.iterate(1, x -> x * 3).limit(6).reduce(0, Integer::sum));
        System.out.println(Arrays.stream(new String[] {"b", "a", "c"}).sorted().collect(Collectors.toList()));
        System.out.println(people.stream().mapToInt(Person::age).summaryStatistics());
        System.out.println(people.stream().collect(Collectors.partitioningBy(p -> p.name().length() > 4,
                Collectors.counting())));
        StringBuilder sb = new StringBuilder();
        people.forEach(p -> sb.append(p.name().charAt(0)));
        System.out.println(sb);
        System.out.println(Stream.of("x", "y", "z").flatMap(s -> Stream.of(s, s.toUpperCase()))
                .collect(Collectors.joining()));
        int[] counter = {0};
        Stream.generate(() -> counter[0]++).limit(4).forEach(i -> System.out.print(i + ";"));
        System.out.println();
        System.out.println(people.stream().anyMatch(p -> p.age() > 80) + " " + people.stream()
                .allMatch(p -> p.age() > 30));
        System.out.println(people.stream().sorted(java.util.Comparator.comparing(Person::age)
                .thenComparing(Person::name, java.util.Comparator.reverseOrder())).map(Person::toString)
                .collect(Collectors.joining("; ")));
    }
}
