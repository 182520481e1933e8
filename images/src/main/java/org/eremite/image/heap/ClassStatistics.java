package org.eremite.image.heap;

/**
 * How many objects of one guest type the boot heap holds, and their bytes (headers and padding included).
 *
 * @param typeName binary name ({@code java.lang.String}, {@code [B})
 */
public record ClassStatistics(String typeName, int objects, long bytes) {
}
