package org.eremite.classlib.math;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * StrictMath's 16 natives (JDK 17), which HotSpot takes from fdlibm's C code, as this package's Java versions of
 * the same algorithms. exp, pow, cbrt and hypot are the JDK's Java ({@code java.lang.FdLibm}) and stay as they are.
 */
@TargetClass("java.lang.StrictMath")
final class Target_java_lang_StrictMath {
    @Substitute
    public static double sin(double a) {
        return Trig.sin(a);
    }

    @Substitute
    public static double cos(double a) {
        return Trig.cos(a);
    }

    @Substitute
    public static double tan(double a) {
        return Trig.tan(a);
    }

    @Substitute
    public static double asin(double a) {
        return InverseTrig.asin(a);
    }

    @Substitute
    public static double acos(double a) {
        return InverseTrig.acos(a);
    }

    @Substitute
    public static double atan(double a) {
        return InverseTrig.atan(a);
    }

    @Substitute
    public static double atan2(double y, double x) {
        return InverseTrig.atan2(y, x);
    }

    @Substitute
    public static double log(double a) {
        return Logarithms.log(a);
    }

    @Substitute
    public static double log10(double a) {
        return Logarithms.log10(a);
    }

    @Substitute
    public static double log1p(double x) {
        return Logarithms.log1p(x);
    }

    @Substitute
    public static double sqrt(double a) {
        return SquareRoot.sqrt(a);
    }

    @Substitute
    public static double IEEEremainder(double f1, double f2) {
        return Remainder.ieeeRemainder(f1, f2);
    }

    @Substitute
    public static double sinh(double x) {
        return Hyperbolic.sinh(x);
    }

    @Substitute
    public static double cosh(double x) {
        return Hyperbolic.cosh(x);
    }

    @Substitute
    public static double tanh(double x) {
        return Hyperbolic.tanh(x);
    }

    @Substitute
    public static double expm1(double x) {
        return Exponentials.expm1(x);
    }
}
