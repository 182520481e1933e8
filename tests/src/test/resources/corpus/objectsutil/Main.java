package corpus.objectsutil;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * java.util.Objects: equals and deepEquals with nulls and arrays, hash and hashCode (null is 0), toString with
 * defaults, requireNonNull with and without messages and suppliers, requireNonNullElse(Get), isNull/nonNull as
 * predicates, compare with a comparator, checkIndex/checkFromToIndex/checkFromIndexSize messages; plus
 * equals/hashCode contracts of a hand-written value class and Arrays.hashCode/deepHashCode.
 */
public class Main {
    static final class Money {
        final String currency;
        final long cents;

        Money(String currency, long cents) {
            this.currency = Objects.requireNonNull(currency, "currency");
            this.cents = cents;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Money)) {
                return false;
            }
            Money m = (Money) o;
            return cents == m.cents && currency.equals(m.currency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, cents);
        }

        @Override
        public String toString() {
            return currency + " " + cents / 100 + "." + String.format("%02d", cents % 100);
        }
    }

    interface Check {
        Object run();
    }

    static void attempt(String label, Check check) {
        try {
            System.out.println(label + ": " + check.run());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        System.out.println("equals " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " "
                + Objects.equals(new Money("EUR", 150), new Money("EUR", 150)));
        int[] a1 = {1, 2}, a2 = {1, 2};
        System.out.println("arrays equals " + Objects.equals(a1, a2) + " deepEquals " + Objects.deepEquals(a1, a2) + " "
                + Objects.deepEquals(new int[][] {a1}, new int[][] {a2}));
        System.out.println("hash " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "a", null)
                + " hashCode(null) " + Objects.hashCode(null) + " money " + new Money("USD", 1999).hashCode());
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "fallback") + " "
                + Objects.toString(new Money("GBP", 5)));
        attempt("requireNonNull", () -> Objects.requireNonNull(null));
        attempt("requireNonNull message", () -> Objects.requireNonNull(null, "must have a value"));
        attempt("requireNonNull supplier", () -> Objects.requireNonNull(null, () -> "computed " + 6 * 7));
        attempt("Money with null currency", () -> new Money(null, 1));
        attempt("requireNonNullElse", () -> Objects.requireNonNullElse(null, "else"));
        attempt("requireNonNullElseGet", () -> Objects.requireNonNullElseGet(null, () -> "got"));
        attempt("requireNonNullElse both null", () -> Objects.requireNonNullElse(null, null));
        attempt("checkIndex", () -> Objects.checkIndex(3, 3));
        attempt("checkIndex ok", () -> Objects.checkIndex(2, 3));
        attempt("checkFromToIndex", () -> Objects.checkFromToIndex(2, 1, 5));
        attempt("checkFromIndexSize", () -> Objects.checkFromIndexSize(4, 3, 5));
        System.out.println("filter nulls " + List.of("a", "b").stream().filter(Objects::nonNull).count() + " "
                + Arrays.stream(new String[] {"x", null, "y", null}).filter(Objects::isNull).count());
        System.out.println("compare " + Objects.compare("a", "b", Comparator.naturalOrder()) + " "
                + Objects.compare(null, null, Comparator.<String>naturalOrder()));
        System.out.println("Arrays.hashCode " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 33})
                + " " + Arrays.hashCode(new double[] {0.5}) + " " + Arrays.hashCode(new boolean[] {true, false})
                + " deep " + Arrays.deepHashCode(new Object[] {new int[] {1}, "s"}) + " null " + Arrays.hashCode((int[]) null));
        System.out.println("List.hashCode " + List.of(1, 2, 3).hashCode() + " equals ArrayList "
                + List.of(1, 2).equals(new java.util.ArrayList<>(List.of(1, 2))));
        Money m = new Money("EUR", 12345);
        System.out.println("money " + m + " equals self " + m.equals(m) + " equals string " + m.equals("EUR 123.45")
                + " hash stable " + (m.hashCode() == new Money("EUR", 12345).hashCode()));
    }
}
