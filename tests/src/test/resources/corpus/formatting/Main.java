package corpus.formatting;

import java.util.Locale;

/**
 * String.format and printf (with Locale.ROOT, and a few with the default locale): %s %S %d %x %X %o %f %e %E %g
 * %a %b %c %h %n %%, widths, left alignment, zero padding, +, space, parentheses and grouping flags (%,d),
 * precision for floats and strings, argument indexes (%2$s, %<s), formatting of long/BigInteger-like values,
 * negative numbers in hex, NaN and infinities, and errors (MissingFormatArgumentException,
 * IllegalFormatConversionException, UnknownFormatConversionException).
 */
public class Main {
    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(Locale.ROOT, format, args) + "]");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(format + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        f("%s|%S|%10s|%-10s|%.3s", "text", "text", "right", "left", "truncate");
        f("%d|%5d|%-5d|%05d|%+d|% d|%(d|%,d", 42, 42, 42, 42, 42, 42, -42, 1234567890);
        f("%d %d %d %d", (byte) -1, (short) 300, Long.MIN_VALUE, Integer.MIN_VALUE);
        f("%x|%X|%o|%08x|%#x|%#o", 255, 255, 8, 48879, 255, 8);
        f("%x %x %x", -1, -1L, (byte) -1);
        f("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.1f|%,.2f", Math.PI, Math.PI, Math.E, 2.5, -3.14159, 2.0, 1234567.891);
        f("%.0f %.0f %.0f %.0f %.1f %.1f", 0.5, 1.5, 2.5, -0.5, 0.05, 0.15);
        f("%e|%.2e|%E|%12.4e", 123456.789, 0.000123, 1e-10, -9.87654321e20);
        f("%g|%g|%g|%.3g|%g", 123456.789, 0.0001, 1e-5, 98765.4321, 0.0);
        f("%a %a", 1.0, -0.1);
        f("%f %e %g %s", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0);
        f("%.3f %f", 1e300, 1e-300);
        f("%b %b %b %B", true, null, "anything", false);
        f("%c %c %C %c", 'a', 65, 'z', (int) '%');
        f("%h %h %h", "hello", 42, null);
        f("%2$s %1$s %<s %s", "first", "second");
        f("%-8s|%8s|", null, true);
        f("100%% done%n");
        f("%,d %,d %,.3f", 999, -1000000, -9876543.21);
        f("%s %s %s", new int[0].length, 'x', 3.0f);
        f("%d", "not a number");
        f("%s %s", "only one");
        f("%q", 1);
        f("%.2d", 5);
        f("%-05d", 5);
        System.out.printf(Locale.ROOT, "printf %s=%d, %s=%.1f%n", "a", 1, "b", 2.25);
        System.out.println(String.format("default locale: %d %s %.2f %x", 12345, "s", 0.125, 255));
        String table = String.format(Locale.ROOT, "%-6s|%6s|%8s%n", "name", "qty", "price")
                + String.format(Locale.ROOT, "%-6s|%6d|%8.2f%n", "apple", 3, 1.5)
                + String.format(Locale.ROOT, "%-6s|%6d|%8.2f%n", "melon", 12, 14.25);
        System.out.print(table);
        StringBuilder sb = new StringBuilder();
        new java.util.Formatter(sb, Locale.ROOT).format("%08.3f|%+,d", -2.5, 1000000).flush();
        System.out.println("Formatter into StringBuilder: " + sb);
    }
}
