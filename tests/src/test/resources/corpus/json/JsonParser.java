package corpus.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** A strict JSON parser (RFC 8259) with error messages that give the offset. */
final class JsonParser {
    static final class JsonException extends RuntimeException {
        JsonException(String message, int offset) {
            super(message + " at offset " + offset);
        }
    }

    private final String text;
    private int pos;

    private JsonParser(String text) {
        this.text = text;
    }

    static Json parse(String text) {
        JsonParser p = new JsonParser(text);
        Json value = p.value();
        p.skipBlanks();
        if (p.pos != text.length()) {
            throw new JsonException("trailing characters", p.pos);
        }
        return value;
    }

    private void skipBlanks() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private char peek() {
        skipBlanks();
        if (pos >= text.length()) {
            throw new JsonException("unexpected end", pos);
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new JsonException("expected '" + c + "' but found '" + text.charAt(pos) + "'", pos);
        }
        pos++;
    }

    private Json value() {
        char c = peek();
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return new Json.JString(string());
            case 't':
                literal("true");
                return new Json.JBool(true);
            case 'f':
                literal("false");
                return new Json.JBool(false);
            case 'n':
                literal("null");
                return new Json.JNull();
            default:
                if (c == '-' || Character.isDigit(c)) {
                    return number();
                }
                throw new JsonException("unexpected character '" + c + "'", pos);
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw new JsonException("expected " + word, pos);
        }
        pos += word.length();
    }

    private Json object() {
        expect('{');
        LinkedHashMap<String, Json> members = new LinkedHashMap<>();
        if (peek() == '}') {
            pos++;
            return new Json.JObject(members);
        }
        while (true) {
            if (peek() != '"') {
                throw new JsonException("expected a key", pos);
            }
            String key = string();
            expect(':');
            if (members.put(key, value()) != null) {
                throw new JsonException("duplicate key \"" + key + "\"", pos);
            }
            char c = peek();
            pos++;
            if (c == '}') {
                return new Json.JObject(members);
            }
            if (c != ',') {
                throw new JsonException("expected ',' or '}'", pos - 1);
            }
        }
    }

    private Json array() {
        expect('[');
        List<Json> items = new ArrayList<>();
        if (peek() == ']') {
            pos++;
            return new Json.JArray(items);
        }
        while (true) {
            items.add(value());
            char c = peek();
            pos++;
            if (c == ']') {
                return new Json.JArray(items);
            }
            if (c != ',') {
                throw new JsonException("expected ',' or ']'", pos - 1);
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new JsonException("unterminated string", pos);
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new JsonException("control character in string", pos - 1);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new JsonException("bad escape \\" + e, pos - 1);
            }
        }
    }

    private Json number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String digits = text.substring(start, pos);
        try {
            return new Json.JNumber(Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            throw new JsonException("bad number '" + digits + "'", start);
        }
    }
}
