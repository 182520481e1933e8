package org.eremite.image.heap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eremite.vm.object.ObjectLayout;

/** The growing boot heap: little-endian bytes, bump allocation in 8-byte units, and the relocations. */
final class HeapBytes {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes = new byte[1 << 16];
    private int top;
    private final List<Relocation> relocations = new ArrayList<>();

    /** Reserves {@code size} zeroed bytes (a multiple of 8) and returns their offset. */
    int allocate(long size) {
        if (size % ObjectLayout.OBJECT_ALIGNMENT != 0) {
            throw new IllegalArgumentException("object size " + size + " is not a multiple of 8");
        }
        long end = top + size;
        if (end > Integer.MAX_VALUE - 8) {
            throw new HeapSnapshotException("the boot heap exceeds 2 GiB");
        }
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, 2L * bytes.length)));
        }
        int at = top;
        top = (int) end;
        return at;
    }

    int size() {
        return top;
    }

    void putByte(int at, byte v) {
        bytes[at] = v;
    }

    void putShort(int at, short v) {
        SHORT.set(bytes, at, v);
    }

    void putInt(int at, int v) {
        INT.set(bytes, at, v);
    }

    void putLong(int at, long v) {
        LONG.set(bytes, at, v);
    }

    void putBytes(int at, byte[] v) {
        System.arraycopy(v, 0, bytes, at, v.length);
    }

    void relocateToObject(int at, long targetOffset) {
        relocations.add(Relocation.toObject(at, targetOffset));
    }

    void relocateToSymbol(int at, String symbol) {
        relocations.add(Relocation.toSymbol(at, symbol));
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, top);
    }

    List<Relocation> relocations() {
        return relocations;
    }
}
