/** Substitutions of {@code java.io}: file output streams write to the console (standard output and error). */
package org.eremite.classlib.io;
