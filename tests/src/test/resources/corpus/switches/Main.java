package corpus.switches;

/**
 * tableswitch (dense cases, negative and offset ranges) and lookupswitch (sparse cases, MIN/MAX keys), default
 * and fall-through, switches on char, byte and short, nested switches, and switch expressions with arrows and
 * yield.
 */
public class Main {
    static String dense(int n) {
        switch (n) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            default: return "many(" + n + ")";
        }
    }

    static String offsetRange(int n) {
        switch (n) {
            case -3: return "minus three";
            case -2: return "minus two";
            case -1: return "minus one";
            case 100: return "hundred";
            case 101: return "hundred and one";
            default: return "other";
        }
    }

    static String sparse(int n) {
        switch (n) {
            case Integer.MIN_VALUE: return "MIN";
            case -1000000: return "minus a million";
            case 7: return "seven";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case Integer.MAX_VALUE: return "MAX";
            default: return "unknown";
        }
    }

    static int fallThrough(int n) {
        int steps = 0;
        switch (n) {
            case 1:
                steps += 1;
            case 2:
                steps += 10;
            case 3:
                steps += 100;
                break;
            case 4:
                steps += 1000;
            default:
                steps += 10000;
        }
        return steps;
    }

    static String kind(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return "vowel";
            case ' ':
                return "space";
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return "digit";
            default:
                return Character.isLetter(c) ? "consonant" : "other";
        }
    }

    static int days(int month, boolean leap) {
        return switch (month) {
            case 1, 3, 5, 7, 8, 10, 12 -> 31;
            case 4, 6, 9, 11 -> 30;
            case 2 -> {
                int base = 28;
                yield leap ? base + 1 : base;
            }
            default -> throw new IllegalArgumentException("month " + month);
        };
    }

    static String nested(int a, int b) {
        switch (a) {
            case 0:
                switch (b) {
                    case 0: return "0/0";
                    case 1: return "0/1";
                    default: return "0/?";
                }
            case 1:
                return switch (b) { case 0 -> "1/0"; case 50 -> "1/50"; default -> "1/?"; };
            default:
                return "?/?";
        }
    }

    static String byteSwitch(byte b) {
        switch (b) {
            case -128: return "byte min";
            case 127: return "byte max";
            case 0: return "byte zero";
            default: return "byte " + b;
        }
    }

    static String shortSwitch(short s) {
        return switch (s) {
            case -32768 -> "short min";
            case 32767 -> "short max";
            default -> "short " + s;
        };
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 7; i++) {
            System.out.println("dense " + i + " " + dense(i) + ", offset " + offsetRange(i) + ", fallThrough "
                    + fallThrough(i));
        }
        System.out.println("offset 100 " + offsetRange(100) + ", 101 " + offsetRange(101) + ", 102 " + offsetRange(102));
        int[] keys = {Integer.MIN_VALUE, -1000000, 7, 8, 1000, 65536, Integer.MAX_VALUE, 0};
        for (int k : keys) {
            System.out.println("sparse " + k + " " + sparse(k));
        }
        StringBuilder kinds = new StringBuilder();
        for (char c : "Hi 2 you!".toCharArray()) {
            kinds.append(kind(Character.toLowerCase(c))).append(' ');
        }
        System.out.println(kinds.toString().trim());
        int total = 0;
        for (int m = 1; m <= 12; m++) {
            total += days(m, false);
        }
        System.out.println("days in a year " + total + ", leap February " + days(2, true));
        try {
            days(13, false);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println(nested(0, 0) + " " + nested(0, 1) + " " + nested(0, 9) + " " + nested(1, 50) + " "
                + nested(1, 3) + " " + nested(2, 0));
        System.out.println(byteSwitch((byte) -128) + ", " + byteSwitch((byte) 127) + ", " + byteSwitch((byte) 0)
                + ", " + byteSwitch((byte) 55));
        System.out.println(shortSwitch((short) -32768) + ", " + shortSwitch((short) 32767) + ", "
                + shortSwitch((short) 12));
    }
}
