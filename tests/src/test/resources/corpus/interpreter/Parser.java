package corpus.interpreter;

import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser with precedence climbing for binary operators:
 * || < && < == != < comparisons < + - < * / % < unary < call < primary.
 */
final class Parser {
    private final List<Token> tokens;
    private int pos;

    Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    List<Node> program() {
        List<Node> statements = new ArrayList<>();
        while (peek().kind() != Token.Kind.EOF) {
            statements.add(statement());
        }
        return statements;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token take() {
        return tokens.get(pos++);
    }

    private boolean at(Token.Kind kind, String text) {
        Token t = peek();
        return t.kind() == kind && (text == null || t.text().equals(text));
    }

    private Token expect(Token.Kind kind, String text) {
        if (!at(kind, text)) {
            Token t = peek();
            throw new ScriptError("expected " + (text != null ? "'" + text + "'" : kind) + " but found '" + t.text() + "'",
                    t.line(), t.column());
        }
        return take();
    }

    private Node statement() {
        if (at(Token.Kind.KEYWORD, "let")) {
            take();
            String name = expect(Token.Kind.IDENT, null).text();
            expect(Token.Kind.OPERATOR, "=");
            Node value = expression();
            expect(Token.Kind.SEMICOLON, null);
            return new Node.Let(name, value);
        }
        if (at(Token.Kind.KEYWORD, "fn")) {
            take();
            String name = expect(Token.Kind.IDENT, null).text();
            expect(Token.Kind.LPAREN, null);
            List<String> params = new ArrayList<>();
            while (!at(Token.Kind.RPAREN, null)) {
                params.add(expect(Token.Kind.IDENT, null).text());
                if (!at(Token.Kind.RPAREN, null)) {
                    expect(Token.Kind.COMMA, null);
                }
            }
            take();
            return new Node.FnDef(name, params, block());
        }
        if (at(Token.Kind.KEYWORD, "if")) {
            take();
            Node condition = expression();
            Node then = block();
            Node otherwise = null;
            if (at(Token.Kind.KEYWORD, "else")) {
                take();
                otherwise = at(Token.Kind.KEYWORD, "if") ? statement() : block();
            }
            return new Node.If(condition, then, otherwise);
        }
        if (at(Token.Kind.KEYWORD, "while")) {
            take();
            return new Node.While(expression(), block());
        }
        if (at(Token.Kind.KEYWORD, "return")) {
            take();
            Node value = at(Token.Kind.SEMICOLON, null) ? new Node.Nil() : expression();
            expect(Token.Kind.SEMICOLON, null);
            return new Node.Return(value);
        }
        if (at(Token.Kind.KEYWORD, "print")) {
            take();
            Node value = expression();
            expect(Token.Kind.SEMICOLON, null);
            return new Node.Print(value);
        }
        if (at(Token.Kind.LBRACE, null)) {
            return block();
        }
        if (at(Token.Kind.IDENT, null) && tokens.get(pos + 1).text().equals("=")
                && tokens.get(pos + 1).kind() == Token.Kind.OPERATOR) {
            Token name = take();
            take();
            Node value = expression();
            expect(Token.Kind.SEMICOLON, null);
            return new Node.Assign(name.text(), value, name.line());
        }
        Node e = expression();
        expect(Token.Kind.SEMICOLON, null);
        return e;
    }

    private Node.Block block() {
        expect(Token.Kind.LBRACE, null);
        List<Node> statements = new ArrayList<>();
        while (!at(Token.Kind.RBRACE, null)) {
            if (at(Token.Kind.EOF, null)) {
                throw new ScriptError("unclosed block", peek().line(), peek().column());
            }
            statements.add(statement());
        }
        take();
        return new Node.Block(statements);
    }

    private static int precedence(String op) {
        return switch (op) {
            case "||" -> 1;
            case "&&" -> 2;
            case "==", "!=" -> 3;
            case "<", "<=", ">", ">=" -> 4;
            case "+", "-" -> 5;
            case "*", "/", "%" -> 6;
            default -> -1;
        };
    }

    Node expression() {
        return binary(1);
    }

    private Node binary(int minPrecedence) {
        Node left = unary();
        while (peek().kind() == Token.Kind.OPERATOR && precedence(peek().text()) >= minPrecedence) {
            Token op = take();
            Node right = binary(precedence(op.text()) + 1);
            left = new Node.Binary(op.text(), left, right, op.line());
        }
        return left;
    }

    private Node unary() {
        if (at(Token.Kind.OPERATOR, "-") || at(Token.Kind.OPERATOR, "!")) {
            String op = take().text();
            return new Node.Unary(op, unary());
        }
        return call();
    }

    private Node call() {
        Node callee = primary();
        while (at(Token.Kind.LPAREN, null)) {
            int line = take().line();
            List<Node> args = new ArrayList<>();
            while (!at(Token.Kind.RPAREN, null)) {
                args.add(expression());
                if (!at(Token.Kind.RPAREN, null)) {
                    expect(Token.Kind.COMMA, null);
                }
            }
            take();
            callee = new Node.Call(callee, args, line);
        }
        return callee;
    }

    private Node primary() {
        Token t = take();
        switch (t.kind()) {
            case NUMBER:
                return new Node.Num(Double.parseDouble(t.text()));
            case STRING:
                return new Node.Str(t.text());
            case IDENT:
                return new Node.Var(t.text(), t.line());
            case LPAREN: {
                Node e = expression();
                expect(Token.Kind.RPAREN, null);
                return e;
            }
            case KEYWORD:
                switch (t.text()) {
                    case "true": return new Node.Bool(true);
                    case "false": return new Node.Bool(false);
                    case "nil": return new Node.Nil();
                    default: break;
                }
                break;
            default:
                break;
        }
        throw new ScriptError("unexpected '" + t.text() + "'", t.line(), t.column());
    }
}
