package corpus.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * java.util.regex: compiled patterns with groups, named groups, find loops with start/end, alternation,
 * greedy versus reluctant quantifiers, character classes, anchors and flags (CASE_INSENSITIVE, MULTILINE),
 * lookahead, backreferences, appendReplacement with a computed replacement, split with a pattern, and a simple
 * log-line parser.
 */
public class Main {
    public static void main(String[] args) {
        Pattern date = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})");
        Matcher m = date.matcher("Dates: 2023-07-14, 1999-12-31 and 2000-02-29.");
        while (m.find()) {
            System.out.println("found " + m.group() + " at " + m.start() + "-" + m.end() + " year " + m.group("year")
                    + " month " + m.group(2) + " day " + m.group("day") + " groups " + m.groupCount());
        }
        System.out.println("greedy " + first("<.+>", "<a><b>") + " reluctant " + first("<.+?>", "<a><b>"));
        System.out.println("alternation " + all("cat|dog|bird", "dog cat fish bird cat"));
        System.out.println("case insensitive " + all("(?i)hello", "Hello HELLO hello hElLo"));
        Pattern multi = Pattern.compile("^\\w+", Pattern.MULTILINE);
        System.out.println("multiline " + all(multi, "first line\nsecond line\nthird"));
        System.out.println("lookahead " + all("\\d+(?=px)", "10px 20em 30px"));
        System.out.println("backreference " + all("(\\w)\\1", "aabbcdde"));
        System.out.println("classes " + all("[A-Z][a-z]*", "Hello World From Java") + " " + all("[^aeiou\\s]+", "regular expressions"));
        Matcher words = Pattern.compile("\\b(\\w)(\\w*)\\b").matcher("make every word capitalized");
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(out, words.group(1).toUpperCase() + words.group(2));
        }
        words.appendTail(out);
        System.out.println("appendReplacement " + out);
        System.out.println("replaceAll lambda " + Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> "<" + r.group().length() + ">"));
        System.out.println("split " + List.of(Pattern.compile("\\s*[,;]\\s*").split("a , b;c ;  d")));
        System.out.println("matches " + Pattern.matches("[0-9a-f]+", "deadbeef") + " " + Pattern.matches("[0-9a-f]+", "xyz"));
        System.out.println("quote " + Pattern.quote("1+1=2") + " " + "1+1=2".matches(Pattern.quote("1+1=2")));
        Pattern log = Pattern.compile("\\[(\\w+)\\]\\s+(\\d+)ms\\s+(.*)");
        String[] lines = {"[INFO] 12ms started", "[WARN] 340ms slow request /api", "garbage", "[ERROR] 5ms failed: x"};
        int total = 0;
        for (String line : lines) {
            Matcher lm = log.matcher(line);
            if (lm.matches()) {
                total += Integer.parseInt(lm.group(2));
                System.out.println("level " + lm.group(1) + " message '" + lm.group(3) + "'");
            } else {
                System.out.println("no match: " + line);
            }
        }
        System.out.println("total ms " + total);
        Matcher region = Pattern.compile("o").matcher("foo boo zoo");
        region.region(4, 7);
        int count = 0;
        while (region.find()) {
            count++;
        }
        System.out.println("region finds " + count + ", hitEnd " + region.hitEnd());
        try {
            Pattern.compile("(unclosed");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("syntax error: " + e.getDescription() + " at index " + e.getIndex());
        }
    }

    static String first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group() : "none";
    }

    static List<String> all(String regex, String text) {
        return all(Pattern.compile(regex), text);
    }

    static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
