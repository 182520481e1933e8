package corpus.stringmethods;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * String methods: split (regex, limits, trailing and leading empty strings, special characters), join, repeat,
 * strip/trim/isBlank/stripLeading/stripTrailing, chars/codePoints, compareTo/compareToIgnoreCase,
 * regionMatches, replace/replaceAll/replaceFirst, matches, indexOf/lastIndexOf, substring, case mapping with
 * Locale.ROOT, contains/startsWith/endsWith, equalsIgnoreCase, hashCode, intern and ==, lines, valueOf, format,
 * toCharArray, chars with surrogate pairs, isEmpty, concat, indent.
 */
public class Main {
    static String show(String[] parts) {
        return parts.length + " " + Arrays.stream(parts).map(p -> "'" + p + "'").collect(Collectors.joining(","));
    }

    public static void main(String[] args) {
        System.out.println("split , " + show("a,b,,c,,".split(",")));
        System.out.println("split , -1 " + show("a,b,,c,,".split(",", -1)));
        System.out.println("split , 2 " + show("a,b,,c,,".split(",", 2)));
        System.out.println("split leading " + show(",a,b".split(",")));
        System.out.println("split regex " + show("one  two\tthree\nfour".split("\\s+")));
        System.out.println("split dot " + show("1.2.3".split("\\.")) + " pipe " + show("x|y".split("\\|")));
        System.out.println("split empty " + show("".split(",")) + " chars " + show("abc".split("")));
        System.out.println("join " + String.join("-", "a", "b", "c") + " " + String.join(", ", List.of("x", "y")));
        System.out.println("repeat '" + "ab".repeat(3) + "' '" + "x".repeat(0) + "'");
        String padded = " \t hello world \n ";
        System.out.println("strip '" + padded.strip() + "' trim '" + padded.trim() + "' leading '" + padded.stripLeading()
                .replace("\n", "\\n") + "' trailing '" + padded.stripTrailing().replace("\t", "\\t") + "'");
        System.out.println("isBlank " + "  \t".isBlank() + " " + " x ".isBlank() + " isEmpty " + "".isEmpty());
        System.out.println("chars " + "abc".chars().sum() + " codePoints " + "a\uD83D\uDE00b".codePoints().count()
                + " length " + "a\uD83D\uDE00b".length());
        String[] words = {"apple", "Apple", "banana", "apple pie", "", "B"};
        for (String w : words) {
            System.out.println("'" + w + "' compareTo apple " + w.compareTo("apple") + ", ignoreCase "
                    + w.compareToIgnoreCase("apple") + ", hash " + w.hashCode());
        }
        String sentence = "The rain in Spain stays mainly in the plain";
        System.out.println("regionMatches " + sentence.regionMatches(4, "rain", 0, 4) + " "
                + sentence.regionMatches(true, 12, "SPAIN", 0, 5) + " " + sentence.regionMatches(12, "SPAIN", 0, 5));
        System.out.println("indexOf " + sentence.indexOf("ain") + " " + sentence.indexOf("ain", 10) + " "
                + sentence.lastIndexOf("ain") + " " + sentence.indexOf('S') + " " + sentence.indexOf("xyz"));
        System.out.println("replace " + sentence.replace("ain", "AIN") + " | " + sentence.replace('a', '@'));
        System.out.println("replaceAll " + sentence.replaceAll("[aeiou]", "") + " | " + sentence.replaceFirst("\\s\\w+", "_"));
        System.out.println("replaceAll groups " + "2024-01-31".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
        System.out.println("matches " + "abc123".matches("[a-z]+\\d+") + " " + "abc".matches("ab"));
        System.out.println("substring " + sentence.substring(4, 8) + " " + sentence.substring(38));
        System.out.println("case " + "MiXeD Case".toUpperCase(Locale.ROOT) + " " + "MiXeD Case".toLowerCase(Locale.ROOT));
        System.out.println("contains " + sentence.contains("Spain") + " starts " + sentence.startsWith("The")
                + " " + sentence.startsWith("rain", 4) + " ends " + sentence.endsWith("plain"));
        System.out.println("equalsIgnoreCase " + "HeLLo".equalsIgnoreCase("hello") + " equals " + "a".equals("A"));
        String built = new StringBuilder("inter").append("ned").toString();
        System.out.println("== literal " + (built == "interned") + ", intern " + (built.intern() == "interned"));
        System.out.println("lines " + "one\ntwo\r\nthree\n".lines().collect(Collectors.toList()));
        System.out.println("valueOf " + String.valueOf(3.0) + String.valueOf(true) + String.valueOf('c')
                + String.valueOf(12L) + String.valueOf((Object) null));
        System.out.println("toCharArray " + Arrays.toString("hey".toCharArray()) + " concat " + "con".concat("cat"));
        System.out.println("indent [" + "a\nb".indent(2).replace("\n", "|") + "]");
        System.out.println("charAt/codePointAt " + (int) "\uD83D\uDE00".charAt(0) + " " + "\uD83D\uDE00".codePointAt(0));
        System.out.println("compare chars " + "b".compareTo("a") + " " + "a".compareTo("abc") + " " + "Z".compareTo("a"));
        System.out.println("format " + String.format("%s has %d chars", "word", 4) + ", formatted " + "%05d".formatted(42));
        System.out.println("hashCode of long text " + sentence.repeat(10).hashCode());
    }
}
