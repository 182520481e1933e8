package org.eremite.image.heap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eremite.vm.classfile.TypeKind;
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

    void relocateToSymbol(int at, SymbolAddress address) {
        relocations.add(Relocation.toSymbol(at, address.symbol(), address.addend()));
    }

    /** Writes the elements of a host primitive array of {@code kind} from {@code base}, at their natural sizes. */
    void putPrimitiveArray(int base, TypeKind kind, Object array) {
        switch (kind) {
            case BOOLEAN -> {
                boolean[] v = (boolean[]) array;
                for (int i = 0; i < v.length; i++) {
                    putByte(base + i, (byte) (v[i] ? 1 : 0));
                }
            }
            case BYTE -> putBytes(base, (byte[]) array);
            case CHAR -> {
                char[] v = (char[]) array;
                for (int i = 0; i < v.length; i++) {
                    putShort(base + 2 * i, (short) v[i]);
                }
            }
            case SHORT -> {
                short[] v = (short[]) array;
                for (int i = 0; i < v.length; i++) {
                    putShort(base + 2 * i, v[i]);
                }
            }
            case INT -> {
                int[] v = (int[]) array;
                for (int i = 0; i < v.length; i++) {
                    putInt(base + 4 * i, v[i]);
                }
            }
            case FLOAT -> {
                float[] v = (float[]) array;
                for (int i = 0; i < v.length; i++) {
                    putInt(base + 4 * i, Float.floatToRawIntBits(v[i]));
                }
            }
            case LONG -> {
                long[] v = (long[]) array;
                for (int i = 0; i < v.length; i++) {
                    putLong(base + 8 * i, v[i]);
                }
            }
            case DOUBLE -> {
                double[] v = (double[]) array;
                for (int i = 0; i < v.length; i++) {
                    putLong(base + 8 * i, Double.doubleToRawLongBits(v[i]));
                }
            }
            default -> throw new IllegalArgumentException(kind + " is not a primitive kind");
        }
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, top);
    }

    List<Relocation> relocations() {
        return relocations;
    }
}
