package org.eremite.classlib.math;

import static org.eremite.classlib.math.Inputs.PER_DISTRIBUTION;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** asin, acos, atan and atan2 against the host's StrictMath, bit for bit. */
class InverseTrigTest {
    private static final int[] ASIN_ACOS_THRESHOLDS = {
        0x3ff00000, 0x3fe00000, 0x3e400000, 0x3FEF3333, 0x3c600000,
    };
    private static final int[] ATAN_THRESHOLDS = {
        0x44100000, 0x3fdc0000, 0x3e200000, 0x3ff30000, 0x3fe60000, 0x40038000, 0x7ff00000,
    };

    private static double[] unitIntervalInputs(long seed) {
        return Inputs.concat(
                Inputs.uniformBits(seed, PER_DISTRIBUTION),
                Inputs.uniform(seed + 1, PER_DISTRIBUTION, -1, 1),
                Inputs.logUniform(seed + 2, PER_DISTRIBUTION, -60, -1),
                Inputs.near(seed + 3, PER_DISTRIBUTION / 2, 1.0),
                Inputs.near(seed + 4, PER_DISTRIBUTION / 2, -1.0),
                Inputs.near(seed + 5, PER_DISTRIBUTION / 2, 0.5),
                Inputs.near(seed + 6, PER_DISTRIBUTION / 2, -0.975));
    }

    @Test
    void asinMatchesFdlibm() {
        BitExact.check("asin", InverseTrig::asin, StrictMath::asin,
                Inputs.concat(Inputs.specials(), Inputs.aroundHighWords(ASIN_ACOS_THRESHOLDS)));
        BitExact.check("asin", InverseTrig::asin, StrictMath::asin, unitIntervalInputs(401));
    }

    @Test
    void acosMatchesFdlibm() {
        BitExact.check("acos", InverseTrig::acos, StrictMath::acos,
                Inputs.concat(Inputs.specials(), Inputs.aroundHighWords(ASIN_ACOS_THRESHOLDS)));
        BitExact.check("acos", InverseTrig::acos, StrictMath::acos, unitIntervalInputs(501));
    }

    @Test
    void atanMatchesFdlibm() {
        BitExact.check("atan", InverseTrig::atan, StrictMath::atan,
                Inputs.concat(Inputs.specials(), Inputs.aroundHighWords(ATAN_THRESHOLDS)));
        BitExact.check("atan", InverseTrig::atan, StrictMath::atan, Inputs.concat(
                Inputs.uniformBits(601, PER_DISTRIBUTION),
                Inputs.uniform(602, PER_DISTRIBUTION, -3, 3),
                Inputs.logUniform(603, PER_DISTRIBUTION, -40, 70),
                Inputs.near(604, PER_DISTRIBUTION / 2, 7.0 / 16),
                Inputs.near(605, PER_DISTRIBUTION / 2, 39.0 / 16)));
    }

    @Test
    void atan2MatchesFdlibmOnSpecialPairs() {
        double[] values = Inputs.concat(Inputs.of(0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-300, 1e300, 0x1p60, 0x1p-60,
                0x1p61, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Math.PI, -Math.PI, 3.0, -3.0));
        BitExact.checkAllPairs("atan2", InverseTrig::atan2, StrictMath::atan2, values);
        BitExact.checkAllPairs("atan2", InverseTrig::atan2, StrictMath::atan2, Inputs.specials());
    }

    @Test
    void atan2MatchesFdlibmOnRandomPairs() {
        int count = 4 * PER_DISTRIBUTION;
        double[] ys = Inputs.concat(
                Inputs.uniformBits(701, PER_DISTRIBUTION),
                Inputs.logUniform(702, PER_DISTRIBUTION, -70, 70),
                Inputs.uniform(703, PER_DISTRIBUTION, -10, 10),
                Inputs.logUniform(704, PER_DISTRIBUTION, -1074 + 52, 1023));
        double[] xs = Inputs.concat(
                Inputs.uniformBits(705, PER_DISTRIBUTION),
                Inputs.logUniform(706, PER_DISTRIBUTION, -70, 70),
                Inputs.uniform(707, PER_DISTRIBUTION, -10, 10),
                new double[PER_DISTRIBUTION]);
        // the last quarter: exponents of y and x about 60 apart, where atan2 stops dividing
        SplittableRandom random = new SplittableRandom(708);
        for (int i = 3 * PER_DISTRIBUTION; i < count; i++) {
            xs[i] = ys[i] * Math.scalb(1.0 + random.nextDouble(), random.nextInt(-63, 64))
                    * (random.nextBoolean() ? 1 : -1);
        }
        BitExact.check("atan2", InverseTrig::atan2, StrictMath::atan2, ys, xs);
    }
}
