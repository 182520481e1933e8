package corpus.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON printer and parser round trip (four files): builds a document from Java maps and lists, prints it
 * compactly and indented, parses both back and checks structural equality (records' equals), escapes control and
 * non-ASCII characters as \\uXXXX, queries fields, computes statistics over an array of objects, and reports
 * malformed documents with offsets.
 */
public class Main {
    public static void main(String[] args) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Eremite");
        doc.put("version", 0.1);
        doc.put("bare metal", true);
        doc.put("isas", List.of("x86_64", "aarch64", "riscv64"));
        doc.put("nothing", null);
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("cores", 2);
        limits.put("memory", 24L * 1024 * 1024 * 1024);
        limits.put("ratio", -1.25e-7);
        limits.put("zero", -0.0);
        doc.put("limits", limits);
        doc.put("text", "quote \" backslash \\ tab \t newline \n bell \u0007 e-acute \u00e9 euro \u20ac");
        doc.put("empty", List.of(List.of(), Map.of()));
        Json json = Json.of(doc);
        String compact = new JsonPrinter(0).print(json);
        String pretty = new JsonPrinter(2).print(json);
        System.out.println(compact);
        System.out.println(pretty);
        Json back1 = JsonParser.parse(compact);
        Json back2 = JsonParser.parse(pretty);
        System.out.println("round trip equal: " + json.equals(back1) + " " + json.equals(back2) + " reprinted identical: "
                + compact.equals(new JsonPrinter(0).print(back2)));
        Json.JObject root = (Json.JObject) back1;
        System.out.println("name " + root.get("name") + ", isas " + ((Json.JArray) root.get("isas")).items().size()
                + ", memory " + ((Json.JObject) root.get("limits")).get("memory"));
        String people = """
                [
                  {"name": "Ada", "age": 36, "languages": ["analytical engine"]},
                  {"name": "Grace", "age": 85, "languages": ["COBOL", "FLOW-MATIC"]},
                  {"name": "Barbara", "age": 84.5, "languages": ["CLU", "Argus"], "award": "Turing"}
                ]
                """;
        Json.JArray list = (Json.JArray) JsonParser.parse(people);
        double totalAge = 0;
        int languages = 0;
        for (Json item : list.items()) {
            Json.JObject person = (Json.JObject) item;
            totalAge += ((Json.JNumber) person.get("age")).value();
            languages += ((Json.JArray) person.get("languages")).items().size();
            System.out.println(((Json.JString) person.get("name")).value() + " has award: " + (person.get("award") != null));
        }
        System.out.println("average age " + totalAge / list.items().size() + ", languages " + languages);
        System.out.println("unicode escape parsed: " + new JsonPrinter(0).print(JsonParser.parse("\"\\u0041\\u00e9\\n\"")));
        String[] broken = {"{\"a\": 1,}", "[1 2]", "{\"a\" 1}", "\"open", "tru", "{\"k\": 1, \"k\": 2}", "[1] x", "-", "{1: 2}",
                "\"bad \\q escape\"", ""};
        for (String b : broken) {
            try {
                JsonParser.parse(b);
                System.out.println("parsed?! " + b);
            } catch (JsonParser.JsonException e) {
                System.out.println("error in " + b + ": " + e.getMessage());
            }
        }
        for (String a : args) {
            try {
                System.out.println("argument as JSON: " + new JsonPrinter(0).print(JsonParser.parse(a)));
            } catch (JsonParser.JsonException e) {
                System.out.println("argument is not JSON: " + e.getMessage());
            }
        }
    }
}
