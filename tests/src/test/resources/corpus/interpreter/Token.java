package corpus.interpreter;

/** A token of the language: its kind, its text, and where it starts (line and column, for error messages). */
record Token(Kind kind, String text, int line, int column) {
    enum Kind { NUMBER, STRING, IDENT, KEYWORD, OPERATOR, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, SEMICOLON, EOF }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + column;
    }
}
