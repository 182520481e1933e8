/** Substitutions of {@code jdk.internal.misc}: Unsafe over Magic. */
package org.eremite.classlib.misc;
