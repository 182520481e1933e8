package corpus.interpreter;

import java.util.List;

/** The syntax tree: expressions and statements, as records under one sealed interface. */
sealed interface Node {
    record Num(double value) implements Node {
    }

    record Str(String value) implements Node {
    }

    record Bool(boolean value) implements Node {
    }

    record Nil() implements Node {
    }

    record Var(String name, int line) implements Node {
    }

    record Unary(String op, Node operand) implements Node {
    }

    record Binary(String op, Node left, Node right, int line) implements Node {
    }

    record Call(Node callee, List<Node> args, int line) implements Node {
    }

    record Let(String name, Node value) implements Node {
    }

    record Assign(String name, Node value, int line) implements Node {
    }

    record Block(List<Node> statements) implements Node {
    }

    record If(Node condition, Node then, Node otherwise) implements Node {
    }

    record While(Node condition, Node body) implements Node {
    }

    record Return(Node value) implements Node {
    }

    record Print(Node value) implements Node {
    }

    record FnDef(String name, List<String> params, Block body) implements Node {
    }
}
