package org.eremite.vm.compiler.baseline;

/**
 * The conversions (JVMS 6.5 {@code i2l} .. {@code i2s}): widening and narrowing of integers, round-to-nearest
 * conversions to float and double, and the saturating float-to-integer conversions (NaN to 0, out of range to
 * the nearest bound, JVMS 2.8.3).
 */
public interface ConversionTemplates {
    void i2l();

    void i2f();

    void i2d();

    void l2i();

    void l2f();

    void l2d();

    void f2i();

    void f2l();

    void f2d();

    void d2i();

    void d2l();

    void d2f();

    void i2b();

    void i2c();

    void i2s();
}
