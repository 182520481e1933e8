package org.eremite.vm.compiler.baseline;

import org.eremite.vm.classfile.TypeKind;

/**
 * Array access (JVMS 6.5 {@code iaload} .. {@code saload}, {@code iastore} .. {@code sastore},
 * {@code arraylength}): a null check, then an explicit bounds check (the index compared unsigned with the length,
 * {@link RuntimeEntry#THROW_ARRAY_INDEX_OUT_OF_BOUNDS}); elements at {@code ObjectLayout.ARRAY_BASE_OFFSET}.
 */
public interface ArrayTemplates {
    /**
     * {@code xaload}: {@code kind} is the element kind (BYTE for {@code baload}, which serves boolean arrays too,
     * CHAR, SHORT, INT, LONG, FLOAT, DOUBLE, REFERENCE).
     */
    void arrayLoad(TypeKind kind);

    /** {@code xastore} except {@code aastore}. */
    void arrayStore(TypeKind kind);

    /** {@code aastore}, with the store check of JVMS 6.5 aastore. */
    void aastore();

    void arraylength();
}
