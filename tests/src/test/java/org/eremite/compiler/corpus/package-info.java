/**
 * The guest programs of the baseline compiler's differential tests: static methods only (the harness calls each
 * with boundary arguments and compares the result with HotSpot's), each class self-contained (it calls only its
 * own methods and uses only its own static fields), each method small and named for what it checks.
 */
package org.eremite.compiler.corpus;
