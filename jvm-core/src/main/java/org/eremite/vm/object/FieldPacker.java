package org.eremite.vm.object;

import java.util.ArrayList;

/**
 * The placement rule of {@link FieldLayout}: each field goes to the lowest offset that is a multiple of its
 * size and overlaps no field placed before, starting from the occupancy the superclass left. Occupancy is
 * kept as the end of the last field plus the free holes below it, ascending.
 */
final class FieldPacker {
    private final ArrayList<int[]> holes = new ArrayList<>();
    private int end;

    /** An empty region that starts at {@code start}. */
    FieldPacker(int start) {
        end = start;
    }

    /** The region a superclass's layout left: its end and its holes. */
    FieldPacker(int end, int[] holePairs) {
        this.end = end;
        for (int i = 0; i < holePairs.length; i += 2) {
            holes.add(new int[] {holePairs[i], holePairs[i + 1]});
        }
    }

    /** Places a field of {@code size} bytes (1, 2, 4 or 8) and returns its offset. */
    int place(int size) {
        for (int i = 0; i < holes.size(); i++) {
            int[] hole = holes.get(i);
            int offset = ObjectLayout.alignUp(hole[0], size);
            if (offset + size <= hole[1]) {
                splitHole(i, offset, offset + size);
                return offset;
            }
        }
        int offset = ObjectLayout.alignUp(end, size);
        if (offset > end) {
            holes.add(new int[] {end, offset});
        }
        end = offset + size;
        return offset;
    }

    private void splitHole(int index, int usedStart, int usedEnd) {
        int[] hole = holes.remove(index);
        if (usedEnd < hole[1]) {
            holes.add(index, new int[] {usedEnd, hole[1]});
        }
        if (hole[0] < usedStart) {
            holes.add(index, new int[] {hole[0], usedStart});
        }
    }

    int end() {
        return end;
    }

    /** The holes as {start0, end0, start1, end1, ...}, ascending. */
    int[] holePairs() {
        int[] pairs = new int[holes.size() * 2];
        for (int i = 0; i < holes.size(); i++) {
            pairs[2 * i] = holes.get(i)[0];
            pairs[2 * i + 1] = holes.get(i)[1];
        }
        return pairs;
    }
}
