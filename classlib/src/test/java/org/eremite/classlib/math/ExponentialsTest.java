package org.eremite.classlib.math;

import static org.eremite.classlib.math.Inputs.PER_DISTRIBUTION;

import org.junit.jupiter.api.Test;

/**
 * expm1 against the host's StrictMath, bit for bit; exp too (the JDK's Java port of fdlibm on the host), since the
 * hyperbolic functions depend on it.
 */
class ExponentialsTest {
    private static final int[] THRESHOLDS = {
        0x4043687A, 0x40862E42, 0x3fd62e42, 0x3FF0A2B2, 0x3c900000, 0x3e300000, 0x40874910, 0x7ff00000,
    };
    private static final double LN2 = 0.6931471805599453;

    private static double[] specialInputs() {
        // k = round(x/ln2) changes the formula at k = -1, 1, 20, 56 and -1021
        double[] kPoints = new double[4 * 9];
        int n = 0;
        for (double k : new double[] {-1021.5, -1020.5, -1.5, 19.5, 20.5, 55.5, 56.5, 1.5, 2.5}) {
            kPoints[n++] = k * LN2;
            kPoints[n++] = Math.nextUp(k * LN2);
            kPoints[n++] = Math.nextDown(k * LN2);
            kPoints[n++] = -k * LN2;
        }
        return Inputs.concat(Inputs.specials(), Inputs.aroundHighWords(THRESHOLDS), kPoints,
                Inputs.of(7.09782712893383973096e+02, Math.nextUp(7.09782712893383973096e+02),
                        -7.45133219101941108420e+02, Math.nextDown(-7.45133219101941108420e+02)));
    }

    private static double[] randomInputs(long seed) {
        return Inputs.concat(
                Inputs.uniformBits(seed, PER_DISTRIBUTION),
                Inputs.uniform(seed + 1, PER_DISTRIBUTION, -750, 750),
                Inputs.uniform(seed + 2, PER_DISTRIBUTION, -2, 2),
                Inputs.logUniform(seed + 3, PER_DISTRIBUTION, -60, 10),
                Inputs.uniform(seed + 4, PER_DISTRIBUTION / 2, -50, 50));
    }

    @Test
    void expm1MatchesFdlibm() {
        BitExact.check("expm1", Exponentials::expm1, StrictMath::expm1, specialInputs());
        BitExact.check("expm1", Exponentials::expm1, StrictMath::expm1, randomInputs(1101));
    }

    @Test
    void expMatchesFdlibm() {
        BitExact.check("exp", Exponentials::exp, StrictMath::exp, specialInputs());
        BitExact.check("exp", Exponentials::exp, StrictMath::exp, randomInputs(1201));
    }
}
