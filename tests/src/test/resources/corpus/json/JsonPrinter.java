package corpus.json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Prints JSON compactly or indented; strings are escaped so that the output is pure ASCII. */
final class JsonPrinter {
    private final int indent;

    JsonPrinter(int indent) {
        this.indent = indent;
    }

    String print(Json value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private void newline(StringBuilder out, int depth) {
        if (indent > 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private void write(Json value, StringBuilder out, int depth) {
        if (value instanceof Json.JNull) {
            out.append("null");
        } else if (value instanceof Json.JBool b) {
            out.append(b.value());
        } else if (value instanceof Json.JNumber n) {
            out.append(number(n.value()));
        } else if (value instanceof Json.JString s) {
            quote(s.value(), out);
        } else if (value instanceof Json.JArray a) {
            List<Json> items = a.items();
            if (items.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                newline(out, depth + 1);
                write(items.get(i), out, depth + 1);
                if (i + 1 < items.size()) {
                    out.append(',');
                }
            }
            newline(out, depth);
            out.append(']');
        } else if (value instanceof Json.JObject o) {
            if (o.members().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            Iterator<Map.Entry<String, Json>> it = o.members().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Json> e = it.next();
                newline(out, depth + 1);
                quote(e.getKey(), out);
                out.append(indent > 0 ? ": " : ":");
                write(e.getValue(), out, depth + 1);
                if (it.hasNext()) {
                    out.append(',');
                }
            }
            newline(out, depth);
            out.append('}');
        }
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        if (d == 0 && 1 / d < 0) {
            return "-0.0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
