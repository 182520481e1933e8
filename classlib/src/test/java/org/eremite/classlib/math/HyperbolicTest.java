package org.eremite.classlib.math;

import static org.eremite.classlib.math.Inputs.PER_DISTRIBUTION;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/** sinh, cosh and tanh against the host's StrictMath, bit for bit. */
class HyperbolicTest {
    private static final int[] THRESHOLDS = {
        0x40360000, 0x3e300000, 0x3ff00000, 0x40862E42, 0x408633CE, 0x3fd62e43, 0x3c800000, 0x7ff00000,
    };

    private static double[] specialInputs() {
        double[] overflow = new double[8];
        int n = 0;
        for (int low : new int[] {0x8fb9f87c, 0x8fb9f87d, 0x8fb9f87e, 0x8fb9f800}) {
            overflow[n++] = DoubleWords.of(0x408633CE, low);
            overflow[n++] = -DoubleWords.of(0x408633CE, low);
        }
        return Inputs.concat(Inputs.specials(), Inputs.aroundHighWords(THRESHOLDS), overflow);
    }

    private static double[] randomInputs(long seed) {
        return Inputs.concat(
                Inputs.uniformBits(seed, PER_DISTRIBUTION),
                Inputs.uniform(seed + 1, PER_DISTRIBUTION, -720, 720),
                Inputs.uniform(seed + 2, PER_DISTRIBUTION, -25, 25),
                Inputs.logUniform(seed + 3, PER_DISTRIBUTION, -60, 5),
                Inputs.uniform(seed + 4, PER_DISTRIBUTION / 2, -2, 2));
    }

    private static void checkBoth(String name, DoubleUnaryOperator ours, DoubleUnaryOperator host, long seed) {
        BitExact.check(name, ours, host, specialInputs());
        BitExact.check(name, ours, host, randomInputs(seed));
    }

    @Test
    void sinhMatchesFdlibm() {
        checkBoth("sinh", Hyperbolic::sinh, StrictMath::sinh, 1301);
    }

    @Test
    void coshMatchesFdlibm() {
        checkBoth("cosh", Hyperbolic::cosh, StrictMath::cosh, 1401);
    }

    @Test
    void tanhMatchesFdlibm() {
        checkBoth("tanh", Hyperbolic::tanh, StrictMath::tanh, 1501);
    }
}
