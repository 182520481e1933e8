package corpus.textblocks;

/**
 * Text blocks: incidental indentation removed, trailing spaces stripped, the closing delimiter's position
 * controlling indentation, escapes (\n, \t, \", \\, \s keeping a space, \<newline> joining lines), embedded
 * quotes, formatted(), stripIndent() and translateEscapes() on ordinary strings, and lines().
 */
public class Main {
    public static void main(String[] args) {
        String json = """
                {
                  "name": "eremite",
                  "tags": ["jvm", "unikernel"]
                }
                """;
        System.out.print(json);
        String indented = """
                    four more spaces
                  two more
                closing delimiter decides
            """;
        System.out.print(indented.replace(' ', '.'));
        String noTrailingNewline = """
                no newline at the end""";
        System.out.println("[" + noTrailingNewline + "]");
        String escapes = """
                tab:\there, quote: \""" and "quotes", backslash: \\
                kept space:\s
                joined \
                line
                """;
        System.out.print(escapes.replace("\t", "<TAB>").replace(" \n", "<SP>\n"));
        String template = """
                Dear %s,
                you owe %d coins.
                """.formatted("Ada", 42);
        System.out.print(template);
        System.out.println("lines " + json.lines().count() + ", length " + json.length());
        String raw = "   a\n     b\n   c";
        System.out.println("stripIndent:\n" + raw.stripIndent());
        System.out.println("translateEscapes: " + "x\\ty\\u0041".replace("\\u0041", "").translateEscapes().replace("\t", "<TAB>"));
        String html = """
                <html>
                    <body><p>Hello, "world"</p></body>
                </html>""";
        System.out.println(html.equals("<html>\n    <body><p>Hello, \"world\"</p></body>\n</html>"));
    }
}
