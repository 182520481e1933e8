package corpus.stringbuilder;

/**
 * StringBuilder: append of every type (boolean, char, int, long, float, double, char[], null String and Object,
 * CharSequence ranges, code points), insert at the front/middle/end, reverse (surrogate pairs stay in order),
 * delete, deleteCharAt, replace, setCharAt, setLength (truncate and pad with NUL), indexOf/lastIndexOf, charAt,
 * substring, compareTo, chaining, growth past the initial capacity, and StringBuffer.
 */
public class Main {
    static String codes(CharSequence s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 32 && c < 127) {
                out.append(c);
            } else {
                out.append("\\u").append(String.format("%04X", (int) c));
            }
        }
        return out.toString();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(' ').append('c').append(' ').append(42).append(' ').append(-7L).append(' ')
                .append(1.5f).append(' ').append(-0.0).append(' ').append(new char[] {'x', 'y'}).append(' ')
                .append((String) null).append(' ').append((Object) null).append(' ').append(1e21).append(' ')
                .append(Integer.MIN_VALUE).append(' ').append(Long.MAX_VALUE).append(' ').append(Float.NaN);
        System.out.println(sb);
        sb.setLength(0);
        sb.append("abcdefghij", 2, 5).appendCodePoint(0x41).appendCodePoint(0x1F600).append(new char[] {'p', 'q', 'r'}, 1, 2);
        System.out.println(codes(sb) + " length " + sb.length() + " codePoints " + sb.codePointCount(0, sb.length()));
        StringBuilder r = new StringBuilder("ab").appendCodePoint(0x1F600).append("cd");
        System.out.println("reverse keeps surrogates: " + codes(r.reverse()));
        StringBuilder text = new StringBuilder("The quick brown fox");
        text.insert(0, ">> ").insert(text.length(), " <<").insert(7, 123).insert(3, 'X').insert(5, 2.5).insert(1, false);
        System.out.println("insert: " + text);
        text.delete(0, 6).deleteCharAt(0).replace(0, 3, "REPLACED").setCharAt(1, '*');
        System.out.println("delete/replace: " + text);
        System.out.println("indexOf " + text.indexOf("o") + " lastIndexOf " + text.lastIndexOf("o") + " from "
                + text.indexOf("o", 20) + " missing " + text.indexOf("zzz") + " charAt " + text.charAt(4)
                + " substring " + text.substring(4, 9));
        StringBuilder pad = new StringBuilder("abc");
        pad.setLength(6);
        System.out.println("setLength pads: " + codes(pad));
        pad.setLength(2);
        System.out.println("setLength truncates: " + pad);
        StringBuilder growing = new StringBuilder(4);
        for (int i = 0; i < 500; i++) {
            growing.append(i % 10);
        }
        System.out.println("grown to " + growing.length() + ", digit sum " + growing.chars().map(ch -> ch - '0').sum());
        System.out.println("compareTo " + new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " "
                + new StringBuilder("b").compareTo(new StringBuilder("a")) + ", contentEquals "
                + "xyz".contentEquals(new StringBuilder("xyz")));
        StringBuffer buffer = new StringBuffer("sync");
        buffer.append(1).insert(0, '[').append(']').reverse();
        System.out.println("StringBuffer " + buffer);
        String palindromeCandidate = "A man, a plan, a canal: Panama";
        StringBuilder letters = new StringBuilder();
        for (char ch : palindromeCandidate.toCharArray()) {
            if (Character.isLetter(ch)) {
                letters.append(Character.toLowerCase(ch));
            }
        }
        System.out.println("palindrome " + letters.toString().equals(new StringBuilder(letters).reverse().toString()));
        StringBuilder table = new StringBuilder();
        for (int row = 1; row <= 4; row++) {
            for (int col = 1; col <= 4; col++) {
                table.append(row * col).append(col < 4 ? "\t" : "\n");
            }
        }
        System.out.print(table);
    }
}
