package org.eremite.classlib.math;

import static org.eremite.classlib.math.Inputs.PER_DISTRIBUTION;

import org.junit.jupiter.api.Test;

/** log, log10 and log1p against the host's StrictMath, bit for bit. */
class LogarithmsTest {
    /** log and log10: subnormal/normal, infinity, and the fraction's breakpoints (sqrt(2), 0x6147a, 0x6b851). */
    private static final int[] LOG_THRESHOLDS = {
        0x00100000, 0x7ff00000, 0x3ff00000, 0x3fefffff, 0x3ff6a09e, 0x3ff6a09c, 0x3ff6147a, 0x3ff6b851,
        0x3fe6147a, 0x3fe6b851, 0x3ff00001, 0x3feffffe, 0x40000000,
    };
    private static final int[] LOG1P_THRESHOLDS = {
        0x3FDA827A, 0x3ff00000, 0x3e200000, 0x3c900000, 0x3fd2bec3, 0x43400000, 0x3ff6a09e, 0x7ff00000,
    };

    private static double[] logSpecials() {
        double[] powers = new double[2 * 330];
        for (int i = 0; i < 330; i++) {
            powers[2 * i] = Double.parseDouble("1e" + (i - 323)); // powers of 10, log10's exact cases
            powers[2 * i + 1] = Math.scalb(1.0, i * 6 - 1074);
        }
        return Inputs.concat(Inputs.specials(), Inputs.aroundHighWords(LOG_THRESHOLDS), powers);
    }

    private static double[] positiveInputs(long seed) {
        return Inputs.concat(
                Inputs.uniformBits(seed, PER_DISTRIBUTION),
                Inputs.positive(Inputs.logUniform(seed + 1, PER_DISTRIBUTION, -1074, 1023)),
                Inputs.uniform(seed + 2, PER_DISTRIBUTION, 0, 4),
                Inputs.near(seed + 3, PER_DISTRIBUTION, 1.0),
                Inputs.positive(Inputs.uniformBits(seed + 4, PER_DISTRIBUTION)));
    }

    @Test
    void logMatchesFdlibm() {
        BitExact.check("log", Logarithms::log, StrictMath::log, logSpecials());
        BitExact.check("log", Logarithms::log, StrictMath::log, positiveInputs(801));
    }

    @Test
    void log10MatchesFdlibm() {
        BitExact.check("log10", Logarithms::log10, StrictMath::log10, logSpecials());
        BitExact.check("log10", Logarithms::log10, StrictMath::log10, positiveInputs(901));
    }

    @Test
    void log1pMatchesFdlibm() {
        BitExact.check("log1p", Logarithms::log1p, StrictMath::log1p,
                Inputs.concat(Inputs.specials(), Inputs.aroundHighWords(LOG1P_THRESHOLDS)));
        BitExact.check("log1p", Logarithms::log1p, StrictMath::log1p, Inputs.concat(
                Inputs.uniformBits(1001, PER_DISTRIBUTION),
                Inputs.uniform(1002, PER_DISTRIBUTION, -1, 1),
                Inputs.logUniform(1003, PER_DISTRIBUTION, -60, 60),
                Inputs.near(1004, PER_DISTRIBUTION / 2, -1.0),
                Inputs.near(1005, PER_DISTRIBUTION / 2, -0.2929),
                Inputs.positive(Inputs.logUniform(1006, PER_DISTRIBUTION / 2, 50, 1023))));
    }
}
