package corpus.sealed;

/**
 * Sealed interfaces with records and final classes as permitted subtypes, an algebraic expression type with
 * evaluation and simplification by instanceof patterns, nested patterns by hand, and recursion over the tree.
 */
public class Main {
    sealed interface Expr permits Num, Add, Mul, Neg, Var {
    }

    record Num(int value) implements Expr {
    }

    record Add(Expr left, Expr right) implements Expr {
    }

    record Mul(Expr left, Expr right) implements Expr {
    }

    record Neg(Expr operand) implements Expr {
    }

    static final class Var implements Expr {
        final String name;

        Var(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static int eval(Expr e, int x) {
        if (e instanceof Num n) {
            return n.value();
        } else if (e instanceof Add a) {
            return eval(a.left(), x) + eval(a.right(), x);
        } else if (e instanceof Mul m) {
            return eval(m.left(), x) * eval(m.right(), x);
        } else if (e instanceof Neg n) {
            return -eval(n.operand(), x);
        } else if (e instanceof Var) {
            return x;
        }
        throw new AssertionError(e);
    }

    static Expr simplify(Expr e) {
        if (e instanceof Add a) {
            Expr l = simplify(a.left()), r = simplify(a.right());
            if (l instanceof Num n && n.value() == 0) {
                return r;
            }
            if (r instanceof Num n && n.value() == 0) {
                return l;
            }
            if (l instanceof Num x && r instanceof Num y) {
                return new Num(x.value() + y.value());
            }
            return new Add(l, r);
        }
        if (e instanceof Mul m) {
            Expr l = simplify(m.left()), r = simplify(m.right());
            if (l instanceof Num n && n.value() == 1) {
                return r;
            }
            if (r instanceof Num n && n.value() == 1) {
                return l;
            }
            if (l instanceof Num n && n.value() == 0 || r instanceof Num k && k.value() == 0) {
                return new Num(0);
            }
            if (l instanceof Num x && r instanceof Num y) {
                return new Num(x.value() * y.value());
            }
            return new Mul(l, r);
        }
        if (e instanceof Neg n) {
            Expr inner = simplify(n.operand());
            if (inner instanceof Neg nn) {
                return nn.operand();
            }
            if (inner instanceof Num k) {
                return new Num(-k.value());
            }
            return new Neg(inner);
        }
        return e;
    }

    static String show(Expr e) {
        if (e instanceof Num n) {
            return Integer.toString(n.value());
        } else if (e instanceof Add a) {
            return "(" + show(a.left()) + " + " + show(a.right()) + ")";
        } else if (e instanceof Mul m) {
            return show(m.left()) + " * " + show(m.right());
        } else if (e instanceof Neg n) {
            return "-" + show(n.operand());
        }
        return e.toString();
    }

    public static void main(String[] args) {
        Var x = new Var("x");
        Expr[] exprs = {
            new Add(new Num(0), new Mul(new Num(1), x)),
            new Mul(new Add(new Num(2), new Num(3)), new Add(x, new Num(0))),
            new Neg(new Neg(new Add(x, new Num(4)))),
            new Mul(new Num(0), new Add(x, x)),
            new Add(new Mul(x, x), new Neg(new Num(7))),
        };
        for (Expr e : exprs) {
            Expr s = simplify(e);
            System.out.println(show(e) + "  =>  " + show(s) + "   at x=3: " + eval(e, 3) + " / " + eval(s, 3));
        }
        System.out.println("record view " + exprs[0]);
    }
}
