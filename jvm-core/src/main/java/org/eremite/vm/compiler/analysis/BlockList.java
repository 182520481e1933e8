package org.eremite.vm.compiler.analysis;

/** A small growable list of distinct blocks, in insertion order (the graph builder's scratch list). */
final class BlockList {
    private BasicBlock[] items = new BasicBlock[8];
    private int size;

    void clear() {
        size = 0;
    }

    /** Adds {@code block} unless it is already in the list. */
    void add(BasicBlock block) {
        for (int i = 0; i < size; i++) {
            if (items[i] == block) {
                return;
            }
        }
        if (size == items.length) {
            BasicBlock[] larger = new BasicBlock[size * 2];
            System.arraycopy(items, 0, larger, 0, size);
            items = larger;
        }
        items[size++] = block;
    }

    BasicBlock[] toArray() {
        BasicBlock[] result = new BasicBlock[size];
        System.arraycopy(items, 0, result, 0, size);
        return result;
    }
}
