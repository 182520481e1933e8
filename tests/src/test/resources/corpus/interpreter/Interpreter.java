package corpus.interpreter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tree-walking evaluator with lexical scopes and closures. Values are Double, String, Boolean, null (nil),
 * Function (a user function with its defining environment) and Builtin.
 */
final class Interpreter {
    interface Builtin {
        Object call(List<Object> args);
    }

    record Function(Node.FnDef def, Environment closure) {
    }

    static final class Environment {
        final Map<String, Object> values = new HashMap<>();
        final Environment parent;

        Environment(Environment parent) {
            this.parent = parent;
        }

        Object get(String name, int line) {
            for (Environment e = this; e != null; e = e.parent) {
                if (e.values.containsKey(name)) {
                    return e.values.get(name);
                }
            }
            throw new ScriptError("line " + line + ": undefined variable '" + name + "'");
        }

        void assign(String name, Object value, int line) {
            for (Environment e = this; e != null; e = e.parent) {
                if (e.values.containsKey(name)) {
                    e.values.put(name, value);
                    return;
                }
            }
            throw new ScriptError("line " + line + ": assignment to undeclared '" + name + "'");
        }
    }

    private static final class ReturnSignal extends RuntimeException {
        final Object value;

        ReturnSignal(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private final StringBuilder output;
    private final Environment globals = new Environment(null);
    private int steps;

    Interpreter(StringBuilder output) {
        this.output = output;
        globals.values.put("len", (Builtin) args -> (double) show(args.get(0)).length());
        globals.values.put("str", (Builtin) args -> show(args.get(0)));
        globals.values.put("sqrt", (Builtin) args -> Math.sqrt(number(args.get(0), 0)));
    }

    void run(List<Node> program) {
        for (Node statement : program) {
            execute(statement, globals);
        }
    }

    int steps() {
        return steps;
    }

    private void execute(Node node, Environment env) {
        if (++steps > 1_000_000) {
            throw new ScriptError("step limit exceeded");
        }
        if (node instanceof Node.Let let) {
            env.values.put(let.name(), evaluate(let.value(), env));
        } else if (node instanceof Node.Assign a) {
            env.assign(a.name(), evaluate(a.value(), env), a.line());
        } else if (node instanceof Node.Print p) {
            output.append(show(evaluate(p.value(), env))).append('\n');
        } else if (node instanceof Node.Block b) {
            Environment inner = new Environment(env);
            for (Node s : b.statements()) {
                execute(s, inner);
            }
        } else if (node instanceof Node.If i) {
            if (truthy(evaluate(i.condition(), env))) {
                execute(i.then(), env);
            } else if (i.otherwise() != null) {
                execute(i.otherwise(), env);
            }
        } else if (node instanceof Node.While w) {
            while (truthy(evaluate(w.condition(), env))) {
                execute(w.body(), env);
            }
        } else if (node instanceof Node.Return r) {
            throw new ReturnSignal(evaluate(r.value(), env));
        } else if (node instanceof Node.FnDef f) {
            env.values.put(f.name(), new Function(f, env));
        } else {
            evaluate(node, env);
        }
    }

    private Object evaluate(Node node, Environment env) {
        if (node instanceof Node.Num n) {
            return n.value();
        } else if (node instanceof Node.Str s) {
            return s.value();
        } else if (node instanceof Node.Bool b) {
            return b.value();
        } else if (node instanceof Node.Nil) {
            return null;
        } else if (node instanceof Node.Var v) {
            return env.get(v.name(), v.line());
        } else if (node instanceof Node.Unary u) {
            Object value = evaluate(u.operand(), env);
            return u.op().equals("-") ? (Object) (-number(value, 0)) : (Object) !truthy(value);
        } else if (node instanceof Node.Binary b) {
            return binary(b, env);
        } else if (node instanceof Node.Call c) {
            return call(c, env);
        }
        throw new ScriptError("cannot evaluate " + node.getClass().getSimpleName());
    }

    private Object binary(Node.Binary b, Environment env) {
        if (b.op().equals("&&")) {
            Object left = evaluate(b.left(), env);
            return truthy(left) ? evaluate(b.right(), env) : left;
        }
        if (b.op().equals("||")) {
            Object left = evaluate(b.left(), env);
            return truthy(left) ? left : evaluate(b.right(), env);
        }
        Object l = evaluate(b.left(), env);
        Object r = evaluate(b.right(), env);
        switch (b.op()) {
            case "+":
                if (l instanceof String || r instanceof String) {
                    return show(l) + show(r);
                }
                return number(l, b.line()) + number(r, b.line());
            case "-": return number(l, b.line()) - number(r, b.line());
            case "*": return number(l, b.line()) * number(r, b.line());
            case "/": {
                double divisor = number(r, b.line());
                if (divisor == 0) {
                    throw new ScriptError("line " + b.line() + ": division by zero");
                }
                return number(l, b.line()) / divisor;
            }
            case "%": return number(l, b.line()) % number(r, b.line());
            case "<": return number(l, b.line()) < number(r, b.line());
            case "<=": return number(l, b.line()) <= number(r, b.line());
            case ">": return number(l, b.line()) > number(r, b.line());
            case ">=": return number(l, b.line()) >= number(r, b.line());
            case "==": return java.util.Objects.equals(l, r);
            case "!=": return !java.util.Objects.equals(l, r);
            default: throw new ScriptError("line " + b.line() + ": unknown operator " + b.op());
        }
    }

    private Object call(Node.Call c, Environment env) {
        Object callee = evaluate(c.callee(), env);
        List<Object> args = new ArrayList<>();
        for (Node a : c.args()) {
            args.add(evaluate(a, env));
        }
        if (callee instanceof Builtin builtin) {
            return builtin.call(args);
        }
        if (!(callee instanceof Function f)) {
            throw new ScriptError("line " + c.line() + ": " + show(callee) + " is not a function");
        }
        if (args.size() != f.def().params().size()) {
            throw new ScriptError("line " + c.line() + ": " + f.def().name() + " expects " + f.def().params().size()
                    + " arguments, got " + args.size());
        }
        Environment frame = new Environment(f.closure());
        for (int i = 0; i < args.size(); i++) {
            frame.values.put(f.def().params().get(i), args.get(i));
        }
        try {
            for (Node s : f.def().body().statements()) {
                execute(s, frame);
            }
        } catch (ReturnSignal r) {
            return r.value;
        }
        return null;
    }

    private static double number(Object value, int line) {
        if (value instanceof Double d) {
            return d;
        }
        throw new ScriptError("line " + line + ": expected a number, got " + show(value));
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    static String show(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) (double) d) : d.toString();
        }
        if (value instanceof Function f) {
            return "<fn " + f.def().name() + ">";
        }
        if (value instanceof Builtin) {
            return "<builtin>";
        }
        return value.toString();
    }
}
