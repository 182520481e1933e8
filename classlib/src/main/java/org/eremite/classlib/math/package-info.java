/**
 * {@code java.lang.StrictMath}'s natives in Java: sin, cos, tan, asin, acos, atan, atan2, log, log10, log1p, sqrt,
 * IEEEremainder, sinh, cosh, tanh, expm1. Java requires StrictMath to return exactly what fdlibm 5.3 returns, and
 * HotSpot runs fdlibm's C code, so these follow fdlibm's algorithms step by step, with its constants, its
 * thresholds on the high word, and its order of floating-point operations: any reassociation changes last bits.
 *
 * <p>Decisions: the code uses only {@code + - * /}, comparisons, conversions and bit operations on doubles (no
 * {@code Math} or {@code StrictMath} calls: they are what is replaced here, and an intrinsic could round
 * differently); Java's double arithmetic is IEEE 754 binary64 with round-to-nearest, as fdlibm's C compiled for
 * SSE2 without FMA contraction is. Where fdlibm's result is exact and unique (sqrt, and the fmod inside
 * IEEEremainder), it is computed on integer significands instead of transcribing fdlibm's word-pair loops. exp is
 * implemented too (the JDK's is Java already), for sinh and cosh. fdlibm's floating-point flags (inexact,
 * overflow) have no meaning in Java and are not modelled, but the expressions that raised them are kept where
 * they decide the value. Classes per family: {@link org.eremite.classlib.math.Trig} with its kernels and the
 * reduction by pi/2 ({@link org.eremite.classlib.math.RemPio2}, {@link org.eremite.classlib.math.PayneHanek}),
 * {@link org.eremite.classlib.math.InverseTrig}, {@link org.eremite.classlib.math.Logarithms},
 * {@link org.eremite.classlib.math.Exponentials}, {@link org.eremite.classlib.math.Hyperbolic},
 * {@link org.eremite.classlib.math.Remainder}, {@link org.eremite.classlib.math.SquareRoot}. The tests compare
 * every function bit for bit with the host's StrictMath.
 */
package org.eremite.classlib.math;
