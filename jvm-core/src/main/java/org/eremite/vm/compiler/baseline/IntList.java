package org.eremite.vm.compiler.baseline;

/** A growable list of ints (no boxing: the compiler runs on the target too). */
final class IntList {
    private int[] items = new int[16];
    private int size;

    void add(int value) {
        if (size == items.length) {
            int[] larger = new int[size * 2];
            System.arraycopy(items, 0, larger, 0, size);
            items = larger;
        }
        items[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return items[i];
    }

    int last() {
        return items[size - 1];
    }

    void removeLast() {
        size--;
    }

    int[] toArray() {
        int[] result = new int[size];
        System.arraycopy(items, 0, result, 0, size);
        return result;
    }
}
