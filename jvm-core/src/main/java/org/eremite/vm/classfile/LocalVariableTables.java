package org.eremite.vm.classfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The LocalVariableTable (JVMS 4.7.13) and LocalVariableTypeTable (4.7.14) attributes of one Code attribute,
 * read and checked as HotSpot's format checker does, so that the same classes load:
 * <ul>
 * <li>each entry's range lies within the code, its name is an unqualified name, its slot (two for a long or
 * double in a LocalVariableTable) below max_locals, its descriptor a field descriptor (LocalVariableTable only;
 * a LocalVariableTypeTable holds generic signatures, which are not checked);</li>
 * <li>from 49.0 on, no two LocalVariableTable entries (over all such attributes) have the same start pc, length,
 * name and slot (JVMS: "no more than one LocalVariableTable attribute per local variable");</li>
 * <li>if there is a LocalVariableTable, each LocalVariableTypeTable entry describes one of its variables, and
 * only one entry per variable.</li>
 * </ul>
 * The LocalVariableTypeTable is recognized from 49.0 on; it is kept raw for the model.
 */
final class LocalVariableTables {
    private final ClassFileParser p;
    private final int codeLength;
    private final int maxLocals;
    private final List<LocalVariable> variables = new ArrayList<>(0);
    /** Per entry of each kind: its key (start pc, length, name index, slot) and its class-file offset. */
    private final Keys variableKeys = new Keys();
    private final Keys typeKeys = new Keys();

    LocalVariableTables(ClassFileParser p, int codeLength, int maxLocals) {
        this.p = p;
        this.codeLength = codeLength;
        this.maxLocals = maxLocals;
    }

    void readLocalVariableTable(ByteReader attribute) {
        read(attribute, "LocalVariableTable", variableKeys);
    }

    void readLocalVariableTypeTable(ByteReader attribute) {
        read(attribute, "LocalVariableTypeTable", typeKeys);
    }

    private void read(ByteReader attribute, String kind, Keys keys) {
        boolean types = keys == typeKeys;
        int count = attribute.u2();
        if (attribute.remaining() != 10 * count) {
            throw attribute.error(p.attributeOffset, kind + " of " + count + " entries has length "
                    + (attribute.remaining() + 2));
        }
        for (int i = 0; i < count; i++) {
            int offset = attribute.position();
            int startPc = attribute.u2();
            int length = attribute.u2();
            int nameIndex = attribute.u2();
            String name = p.utf8At(nameIndex, offset + 4, kind + " name_index");
            String descriptor = p.utf8At(attribute.u2(), offset + 6, kind + (types ? " signature_index"
                    : " descriptor_index"));
            int index = attribute.u2();
            if (startPc >= codeLength || startPc + length > codeLength) {
                throw attribute.error(offset, kind + " entry " + name + " covers [" + startPc + ", "
                        + (startPc + length) + "), not within the code of length " + codeLength);
            }
            if (!Names.isUnqualifiedName(name)) {
                throw attribute.error(offset + 4, kind + ": illegal local variable name \"" + name + "\"");
            }
            int slots = 1;
            if (!types) {
                try {
                    MethodDescriptor.checkFieldDescriptor(descriptor);
                } catch (IllegalArgumentException e) {
                    throw attribute.error(offset + 6, "local variable " + name + ": illegal descriptor: "
                            + e.getMessage());
                }
                slots = TypeKind.ofDescriptor(descriptor).slots();
                variables.add(new LocalVariable(startPc, length, name, descriptor, index));
            }
            if (index + slots > maxLocals) {
                throw attribute.error(offset + 8, kind + " entry " + name + " in slot " + index
                        + " does not fit in max_locals " + maxLocals);
            }
            keys.add(((long) startPc << 48) | ((long) length << 32) | ((long) nameIndex << 16) | index, offset);
        }
    }

    /** The cross-entry checks, once all attributes of the Code attribute are read; then the variables. */
    List<LocalVariable> finish() {
        if (variableKeys.size == 0) {
            return List.of(); // HotSpot ignores a LocalVariableTypeTable without LocalVariableTable
        }
        if (p.majorVersion >= 49) {
            int duplicate = variableKeys.firstDuplicate();
            if (duplicate >= 0) {
                throw p.error(variableKeys.offsets[duplicate], "duplicate LocalVariableTable entry for "
                        + variables.get(duplicate).name());
            }
        }
        for (int i = 0; i < typeKeys.size; i++) {
            if (variableKeys.indexOf(typeKeys.keys[i]) < 0) {
                throw p.error(typeKeys.offsets[i], "LocalVariableTypeTable entry matches no LocalVariableTable entry");
            }
        }
        int duplicate = typeKeys.firstDuplicate();
        if (duplicate >= 0) {
            throw p.error(typeKeys.offsets[duplicate], "duplicate LocalVariableTypeTable entry");
        }
        return List.copyOf(variables);
    }

    /** A growable list of (key, offset); lookups are linear, the tables of a method being small. */
    private static final class Keys {
        long[] keys = new long[8];
        int[] offsets = new int[8];
        int size;

        void add(long key, int offset) {
            if (size == keys.length) {
                long[] k = new long[2 * size];
                int[] o = new int[2 * size];
                System.arraycopy(keys, 0, k, 0, size);
                System.arraycopy(offsets, 0, o, 0, size);
                keys = k;
                offsets = o;
            }
            keys[size] = key;
            offsets[size] = offset;
            size++;
        }

        int indexOf(long key) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        /** The index of the first entry whose key an earlier entry has, or -1. */
        int firstDuplicate() {
            for (int i = 1; i < size; i++) {
                for (int j = 0; j < i; j++) {
                    if (keys[i] == keys[j]) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }
}
