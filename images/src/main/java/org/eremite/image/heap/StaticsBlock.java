package org.eremite.image.heap;

/**
 * The statics block of a build-time-initialized class in the boot heap: an object whose class word points to
 * {@link HubSymbols#staticsHub} of the class, laid out by {@code FieldLayout.ofStatics}.
 *
 * @param className binary name of the class
 * @param offset    offset of the block from the heap's start
 * @param size      bytes, header included
 */
public record StaticsBlock(String className, long offset, int size) {
}
