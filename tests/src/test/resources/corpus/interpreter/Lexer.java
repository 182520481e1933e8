package corpus.interpreter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns source text into tokens: numbers, strings with escapes, identifiers, keywords, operators, comments. */
final class Lexer {
    static final Set<String> KEYWORDS = Set.of("let", "fn", "if", "else", "while", "return", "print", "true", "false", "nil");
    private static final String TWO_CHAR_OPERATORS = "== != <= >= && ||";

    private final String src;
    private int pos;
    private int line = 1;
    private int column = 1;

    Lexer(String src) {
        this.src = src;
    }

    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipBlanksAndComments();
            if (pos >= src.length()) {
                out.add(new Token(Token.Kind.EOF, "", line, column));
                return out;
            }
            out.add(next());
        }
    }

    private void skipBlanksAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    advance();
                }
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                return;
            }
        }
    }

    private char advance() {
        char c = src.charAt(pos++);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    private Token next() {
        int startLine = line, startColumn = column;
        char c = src.charAt(pos);
        if (Character.isDigit(c)) {
            StringBuilder digits = new StringBuilder();
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
                digits.append(advance());
            }
            return new Token(Token.Kind.NUMBER, digits.toString(), startLine, startColumn);
        }
        if (Character.isLetter(c) || c == '_') {
            StringBuilder word = new StringBuilder();
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                word.append(advance());
            }
            String w = word.toString();
            return new Token(KEYWORDS.contains(w) ? Token.Kind.KEYWORD : Token.Kind.IDENT, w, startLine, startColumn);
        }
        if (c == '"') {
            advance();
            StringBuilder text = new StringBuilder();
            while (true) {
                if (pos >= src.length()) {
                    throw new ScriptError("unterminated string", startLine, startColumn);
                }
                char s = advance();
                if (s == '"') {
                    break;
                }
                if (s == '\\') {
                    char e = advance();
                    text.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> e;
                    });
                } else {
                    text.append(s);
                }
            }
            return new Token(Token.Kind.STRING, text.toString(), startLine, startColumn);
        }
        if (pos + 1 < src.length() && TWO_CHAR_OPERATORS.contains(src.substring(pos, pos + 2))
                && !src.substring(pos, pos + 2).contains(" ")) {
            String op = "" + advance() + advance();
            return new Token(Token.Kind.OPERATOR, op, startLine, startColumn);
        }
        advance();
        Token.Kind kind = switch (c) {
            case '(' -> Token.Kind.LPAREN;
            case ')' -> Token.Kind.RPAREN;
            case '{' -> Token.Kind.LBRACE;
            case '}' -> Token.Kind.RBRACE;
            case ',' -> Token.Kind.COMMA;
            case ';' -> Token.Kind.SEMICOLON;
            case '+', '-', '*', '/', '%', '<', '>', '=', '!' -> Token.Kind.OPERATOR;
            default -> throw new ScriptError("unexpected character '" + c + "'", startLine, startColumn);
        };
        return new Token(kind, String.valueOf(c), startLine, startColumn);
    }
}
