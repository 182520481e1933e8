package org.eremite.classlib.math;

import static org.eremite.classlib.math.Inputs.PER_DISTRIBUTION;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/** sin, cos and tan against the host's StrictMath, bit for bit. */
class TrigTest {
    /** fdlibm's thresholds in the trig functions, their kernels and the reduction, plus the n*pi/2 table. */
    private static final int[] THRESHOLDS = {
        0x3e300000, 0x3e400000, 0x3FD33333, 0x3fe90000, 0x3FE59428, 0x3fe921fb, 0x3ff921fb, 0x4002d97c,
        0x413921fb, 0x41c00000, 0x7fefffff,
    };

    private static double[] specialInputs() {
        return Inputs.concat(Inputs.specials(), Inputs.aroundHighWords(THRESHOLDS),
                Inputs.aroundHighWords(RemPio2.npio2High()));
    }

    private static double[] randomInputs(long seed) {
        double halfPi = Math.PI / 2;
        return Inputs.concat(
                Inputs.uniformBits(seed, PER_DISTRIBUTION),
                Inputs.uniform(seed + 1, PER_DISTRIBUTION, -10, 10),
                Inputs.logUniform(seed + 2, PER_DISTRIBUTION, -30, 1023),
                Inputs.nearMultiples(seed + 3, PER_DISTRIBUTION / 3, halfPi, 40),
                Inputs.nearMultiples(seed + 4, PER_DISTRIBUTION / 3, halfPi, 1 << 20),
                Inputs.nearMultiples(seed + 5, PER_DISTRIBUTION / 3, halfPi, 1L << 60));
    }

    private static void checkBoth(String name, DoubleUnaryOperator ours, DoubleUnaryOperator host, long seed) {
        BitExact.check(name, ours, host, specialInputs());
        BitExact.check(name, ours, host, randomInputs(seed));
    }

    @Test
    void sinMatchesFdlibm() {
        checkBoth("sin", Trig::sin, StrictMath::sin, 101);
    }

    @Test
    void cosMatchesFdlibm() {
        checkBoth("cos", Trig::cos, StrictMath::cos, 201);
    }

    @Test
    void tanMatchesFdlibm() {
        checkBoth("tan", Trig::tan, StrictMath::tan, 301);
    }
}
