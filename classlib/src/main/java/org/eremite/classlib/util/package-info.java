/** Substitutions of {@code java.util}: where the collections use reflection, the answer the builder computed. */
package org.eremite.classlib.util;
