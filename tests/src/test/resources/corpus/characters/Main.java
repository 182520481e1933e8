package corpus.characters;

/**
 * char arithmetic and java.lang.Character: increments and compound assignment on chars, char/int promotion,
 * comparisons, Caesar shifting, classification (isDigit, isLetter, isLetterOrDigit, isWhitespace, isSpaceChar,
 * isUpperCase, isLowerCase, isAlphabetic, isJavaIdentifierStart/Part, isISOControl) for ASCII and a few
 * non-ASCII characters, case mapping, getNumericValue, getType, surrogates and code points (toChars,
 * isSupplementaryCodePoint, charCount), and Character.toString/getName-free output (all printed as numbers).
 */
public class Main {
    static String flags(int cp) {
        return (Character.isDigit(cp) ? "D" : "-") + (Character.isLetter(cp) ? "L" : "-")
                + (Character.isLetterOrDigit(cp) ? "A" : "-") + (Character.isWhitespace(cp) ? "W" : "-")
                + (Character.isSpaceChar(cp) ? "S" : "-") + (Character.isUpperCase(cp) ? "U" : "-")
                + (Character.isLowerCase(cp) ? "l" : "-") + (Character.isAlphabetic(cp) ? "a" : "-")
                + (Character.isJavaIdentifierStart(cp) ? "J" : "-") + (Character.isJavaIdentifierPart(cp) ? "j" : "-")
                + (Character.isISOControl(cp) ? "C" : "-") + (Character.isTitleCase(cp) ? "T" : "-");
    }

    static String caesar(String text, int shift) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append((char) ('a' + (c - 'a' + shift + 26) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) ('A' + (c - 'A' + shift + 26) % 26));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static void main(String[] args) {
        char c = 'a';
        c++;
        c += 2;
        char d = (char) (c * 2 - 'a');
        System.out.println("c = " + c + " (" + (int) c + "), d = " + (int) d + ", c < d " + (c < d) + ", 'z' - c "
                + ('z' - c));
        char max = Character.MAX_VALUE;
        max++;
        System.out.println("MAX_VALUE + 1 wraps to " + (int) max + ", MIN " + (int) Character.MIN_VALUE);
        int[] samples = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '-', '\u00e9', '\u00c9', '\u0660', '\u00a0', '\u2028',
                '\u01c5', 0x1F600, 0x10400, '\u4e2d', 0};
        for (int cp : samples) {
            System.out.println(cp + ": " + flags(cp) + " upper " + Character.toUpperCase(cp) + " lower "
                    + Character.toLowerCase(cp) + " numeric " + Character.getNumericValue(cp) + " type "
                    + Character.getType(cp) + " supplementary " + Character.isSupplementaryCodePoint(cp) + " count "
                    + Character.charCount(cp));
        }
        String secret = caesar("Hello, World! xyz", 3);
        System.out.println("caesar " + secret + " back " + caesar(secret, -3));
        char[] pair = Character.toChars(0x1F600);
        System.out.println("toChars " + (int) pair[0] + " " + (int) pair[1] + " high " + Character.isHighSurrogate(pair[0])
                + " low " + Character.isLowSurrogate(pair[1]) + " toCodePoint " + Character.toCodePoint(pair[0], pair[1]));
        System.out.println("digit values " + Character.digit('7', 10) + " " + Character.digit('f', 16) + " "
                + Character.digit('g', 16) + " forDigit " + Character.forDigit(5, 10) + Character.forDigit(15, 16));
        int letters = 0, digits = 0, spaces = 0, other = 0;
        for (char ch : "The 3 quick foxes jumped over 12 lazy dogs!".toCharArray()) {
            if (Character.isLetter(ch)) {
                letters++;
            } else if (Character.isDigit(ch)) {
                digits++;
            } else if (Character.isWhitespace(ch)) {
                spaces++;
            } else {
                other++;
            }
        }
        System.out.println("counts letters " + letters + " digits " + digits + " spaces " + spaces + " other " + other);
        StringBuilder alphabet = new StringBuilder();
        for (char ch = 'A'; ch <= 'Z'; ch += 5) {
            alphabet.append(ch);
        }
        System.out.println("every fifth letter " + alphabet + ", Character.toString(66) " + Character.toString(66)
                + ", valueOf " + Character.valueOf('x') + ", reverseBytes " + (int) Character.reverseBytes('a'));
        int sum = 0;
        for (char ch : "checksum".toCharArray()) {
            sum = sum * 31 + ch;
        }
        System.out.println("char checksum " + sum + " equals hashCode " + (sum == "checksum".hashCode()));
    }
}
