package corpus.stringswitch;

/**
 * switch on strings: javac's two-step lowering (a lookupswitch on hashCode, then equals, then a tableswitch),
 * including strings with equal hash codes ("Aa" and "BB", "AaAa" and "BBBB"), the empty string, case labels
 * sharing a body, a default, switch expressions on strings, and a null selector (NullPointerException).
 */
public class Main {
    static String command(String s) {
        switch (s) {
            case "start":
            case "go":
                return "starting";
            case "stop":
                return "stopping";
            case "":
                return "empty command";
            case "Aa":
                return "Aa (hash " + "Aa".hashCode() + ")";
            case "BB":
                return "BB (hash " + "BB".hashCode() + ")";
            case "AaAa":
                return "AaAa";
            case "BBBB":
                return "BBBB";
            case "AaBB":
                return "AaBB";
            default:
                return "unknown '" + s + "'";
        }
    }

    static int score(String word) {
        return switch (word.toLowerCase()) {
            case "one", "uno", "eins" -> 1;
            case "two", "dos", "zwei" -> 2;
            case "three" -> {
                int base = 1;
                yield base + 2;
            }
            default -> word.length() * 100;
        };
    }

    public static void main(String[] args) {
        String[] inputs = {"start", "go", "stop", "", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "Start", "halt"};
        for (String s : inputs) {
            System.out.println("'" + s + "' -> " + command(s));
        }
        for (String w : new String[] {"One", "DOS", "zwei", "three", "four", "Eins"}) {
            System.out.println(w + " scores " + score(w));
        }
        for (String a : args) {
            System.out.println("argument '" + a + "' -> " + command(a));
        }
        String nothing = null;
        try {
            command(nothing);
        } catch (NullPointerException e) {
            System.out.println("null selector: NullPointerException");
        }
    }
}
