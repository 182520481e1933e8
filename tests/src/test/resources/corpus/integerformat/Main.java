package corpus.integerformat;

/**
 * Integer and Long formatting and parsing: toString in radixes 2..36, toHexString/toOctalString/toBinaryString
 * of negatives, unsigned forms, parseInt/parseLong with signs and radixes, parseUnsignedInt, decode (0x, #, 0),
 * valueOf, MIN/MAX edge values, and NumberFormatException messages for empty, out-of-range and malformed input;
 * Short/Byte parsing limits.
 */
public class Main {
    static void parse(String text, int radix) {
        try {
            System.out.println("parseInt(\"" + text + "\", " + radix + ") = " + Integer.parseInt(text, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + text + "\", " + radix + ") fails: " + e.getMessage());
        }
    }

    static void parseLong(String text) {
        try {
            System.out.println("parseLong(\"" + text + "\") = " + Long.parseLong(text));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(\"" + text + "\") fails: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 255, -255, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789};
        for (int v : ints) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin "
                    + Integer.toBinaryString(v) + " r36 " + Integer.toString(v, 36) + " r7 " + Integer.toString(v, 7)
                    + " unsigned " + Integer.toUnsignedString(v) + " unsigned hex " + Integer.toUnsignedString(v, 16));
        }
        long[] longs = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40, -123456789012345L};
        for (long v : longs) {
            System.out.println(v + ": hex " + Long.toHexString(v) + " oct " + Long.toOctalString(v) + " bin-len "
                    + Long.toBinaryString(v).length() + " r36 " + Long.toString(v, 36) + " unsigned "
                    + Long.toUnsignedString(v));
        }
        System.out.println("radix out of range falls back to 10: " + Integer.toString(255, 99));
        parse("42", 10);
        parse("-42", 10);
        parse("+42", 10);
        parse("2147483647", 10);
        parse("2147483648", 10);
        parse("-2147483648", 10);
        parse("-2147483649", 10);
        parse("ff", 16);
        parse("FF", 16);
        parse("-80000000", 16);
        parse("zz", 36);
        parse("101", 2);
        parse("2", 2);
        parse("", 10);
        parse("-", 10);
        parse(" 1", 10);
        parse("1_000", 10);
        parse("12", 40);
        parseLong("9223372036854775807");
        parseLong("9223372036854775808");
        parseLong("-9223372036854775808");
        parseLong("12L");
        System.out.println("parseUnsignedInt " + Integer.parseUnsignedInt("4294967295") + " "
                + Integer.toUnsignedLong(-1) + " compareUnsigned " + Integer.compareUnsigned(-1, 1) + " divideUnsigned "
                + Integer.divideUnsigned(-1, 3));
        try {
            Integer.parseUnsignedInt("-1");
        } catch (NumberFormatException e) {
            System.out.println("parseUnsignedInt(-1): " + e.getMessage());
        }
        System.out.println("decode " + Integer.decode("0x1F") + " " + Integer.decode("#ff") + " " + Integer.decode("010")
                + " " + Integer.decode("-0X10") + " " + Long.decode("0"));
        System.out.println("valueOf " + Integer.valueOf("77") + " " + Integer.valueOf("77", 8) + " " + Long.valueOf("-5"));
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("parseShort: " + e.getMessage());
        }
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("parseByte: " + e.getMessage());
        }
        System.out.println("Byte.parseByte(\"-128\") " + Byte.parseByte("-128") + ", Short.parseShort(\"7fff\", 16) "
                + Short.parseShort("7fff", 16));
        System.out.println("Integer.toString " + Integer.toString(-0) + " " + String.valueOf(Integer.MIN_VALUE).length()
                + " sum " + Integer.sum(3, 4) + " max " + Integer.max(3, 4) + " min " + Long.min(-3, 4));
        System.out.println("Character.forDigit " + Character.forDigit(11, 16) + " digit " + Character.digit('z', 36)
                + " " + Character.digit('9', 8));
    }
}
