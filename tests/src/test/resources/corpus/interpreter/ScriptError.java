package corpus.interpreter;

/** An error in a script, with the position it was found at. */
final class ScriptError extends RuntimeException {
    ScriptError(String message, int line, int column) {
        super("line " + line + ", column " + column + ": " + message);
    }

    ScriptError(String message) {
        super(message);
    }
}
