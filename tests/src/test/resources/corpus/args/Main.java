package corpus.args;

/**
 * main's arguments exactly as given: the count, each argument between quotes with its length, spaces, quotes,
 * backslashes and empty arguments preserved, numeric arguments parsed, and the arguments array being an ordinary
 * String[] that can be modified and sorted.
 */
public class Main {
    public static void main(String[] args) {
        System.out.println("args.length = " + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println("args[" + i + "] = \"" + args[i] + "\" (" + args[i].length() + " chars)");
        }
        int sum = 0;
        for (String a : args) {
            try {
                sum += Integer.parseInt(a.trim());
            } catch (NumberFormatException e) {
                // not a number
            }
        }
        System.out.println("sum of numeric arguments " + sum);
        System.out.println("array class " + args.getClass().getSimpleName());
        String[] sorted = args.clone();
        java.util.Arrays.sort(sorted);
        System.out.println("sorted " + java.util.Arrays.toString(sorted));
        if (args.length > 0) {
            args[0] = "replaced";
            System.out.println("modified first " + args[0]);
        }
    }
}
