package corpus.optional;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Optional and its primitive forms: of/ofNullable/empty, map/flatMap/filter chains, orElse/orElseGet/
 * orElseThrow (NoSuchElementException "No value present" and custom exceptions), or, ifPresent/
 * ifPresentOrElse, stream, equals/hashCode/toString, of(null) throwing, and OptionalInt/Long/Double.
 */
public class Main {
    record User(String name, Optional<String> email) {
    }

    static Optional<User> find(String name) {
        return switch (name) {
            case "ada" -> Optional.of(new User("ada", Optional.of("ada@example.org")));
            case "bob" -> Optional.of(new User("bob", Optional.empty()));
            default -> Optional.empty();
        };
    }

    public static void main(String[] args) {
        for (String name : List.of("ada", "bob", "eve")) {
            String email = find(name).flatMap(User::email).map(String::toUpperCase).orElse("<no email>");
            System.out.println(name + " -> " + email + ", present " + find(name).isPresent() + ", empty "
                    + find(name).isEmpty());
        }
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        System.out.println(some + " " + none + " " + Optional.ofNullable(null) + " " + some.equals(Optional.of("value"))
                + " hash " + some.hashCode() + " " + none.hashCode());
        System.out.println("filter " + some.filter(s -> s.length() > 10) + " " + some.filter(s -> s.startsWith("v")));
        System.out.println("orElseGet " + none.orElseGet(() -> "computed") + " or " + none.or(() -> Optional.of("alt")).get());
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("get on empty: " + e.getMessage());
        }
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow supplier: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null) throws NullPointerException");
        }
        some.ifPresent(v -> System.out.println("ifPresent " + v));
        none.ifPresentOrElse(v -> System.out.println("never"), () -> System.out.println("ifPresentOrElse empty branch"));
        System.out.println("stream count " + some.stream().count() + " " + none.stream().count());
        System.out.println("map to null gives empty: " + some.map(v -> null).isPresent());
        OptionalInt maxInt = List.of(3, 9, 4).stream().mapToInt(Integer::intValue).max();
        OptionalDouble avg = List.<Integer>of().stream().mapToInt(Integer::intValue).average();
        OptionalLong found = OptionalLong.of(5L);
        System.out.println(maxInt + " " + maxInt.getAsInt() + " " + avg + " " + avg.orElse(-1) + " " + found + " "
                + OptionalDouble.of(2.5) + " " + OptionalInt.empty().isPresent());
    }
}
