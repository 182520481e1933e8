package org.eremite.image.heap;

/**
 * How the traversal first reached an object: the object it was reached from and the field or element on the
 * way ({@code java.io.PrintStream.charOut}, {@code [3]}); a root has no parent and is labelled by itself
 * ({@code static java.lang.System.out}, {@code root config}). Errors print the chain.
 */
final class PathNode {
    private final PathNode parent;
    private final String label;
    private final int index;

    private PathNode(PathNode parent, String label, int index) {
        this.parent = parent;
        this.label = label;
        this.index = index;
    }

    static PathNode root(String label) {
        return new PathNode(null, label, -1);
    }

    PathNode field(String fieldLabel) {
        return new PathNode(this, fieldLabel, -1);
    }

    PathNode element(int i) {
        return new PathNode(this, null, i);
    }

    /** {@code static java.lang.System.out -> java.io.PrintStream.charOut -> [3]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        append(s);
        return s.toString();
    }

    private void append(StringBuilder s) {
        if (parent != null) {
            parent.append(s);
            s.append(" -> ");
        }
        s.append(label != null ? label : "[" + index + "]");
    }
}
