/** Substitutions of {@code java.lang.ref}: cleaners that run on explicit {@code clean()} only (no collector yet). */
package org.eremite.classlib.ref;
