package org.eremite.classlib.math;

import static org.eremite.classlib.math.Inputs.PER_DISTRIBUTION;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** IEEEremainder against the host's StrictMath, bit for bit. */
class RemainderTest {
    @Test
    void ieeeRemainderMatchesFdlibmOnSpecialPairs() {
        BitExact.checkAllPairs("IEEEremainder", Remainder::ieeeRemainder, StrictMath::IEEEremainder,
                Inputs.specials());
        // p around 0x00200000 (where p/2 would be inexact) and 0x7fdfffff (where 2p overflows)
        double[] ps = Inputs.aroundHighWords(0x00200000, 0x7fdfffff, 0x00100000, 0x00000001);
        double[] xs = Inputs.concat(Inputs.specials(), Inputs.aroundHighWords(0x00200000, 0x7fdfffff, 0x00300000));
        BitExact.checkAllPairs("IEEEremainder", Remainder::ieeeRemainder, StrictMath::IEEEremainder,
                Inputs.concat(ps, Inputs.of(1.0, 3.0, 0.1)));
        double[] left = new double[xs.length * ps.length];
        double[] right = new double[left.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ps.length; j++) {
                left[i * ps.length + j] = xs[i];
                right[i * ps.length + j] = ps[j];
            }
        }
        BitExact.check("IEEEremainder", Remainder::ieeeRemainder, StrictMath::IEEEremainder, left, right);
    }

    @Test
    void ieeeRemainderMatchesFdlibmOnRandomPairs() {
        int count = 4 * PER_DISTRIBUTION;
        double[] xs = Inputs.concat(
                Inputs.uniformBits(1701, PER_DISTRIBUTION),
                Inputs.logUniform(1702, PER_DISTRIBUTION, -60, 60),
                Inputs.logUniform(1703, PER_DISTRIBUTION, -1074, 1023),
                new double[PER_DISTRIBUTION]);
        double[] ps = Inputs.concat(
                Inputs.uniformBits(1704, PER_DISTRIBUTION),
                Inputs.logUniform(1705, PER_DISTRIBUTION, -60, 60),
                Inputs.logUniform(1706, PER_DISTRIBUTION, -1074, 1023),
                Inputs.logUniform(1707, PER_DISTRIBUTION, -1074, 1000));
        // the last quarter: x = (n + h) * p for small n and h in {0, 1/2, tiny}, ties and near ties
        SplittableRandom random = new SplittableRandom(1708);
        double[] fractions = {0.0, 0.5, -0.5, 0.25, 1e-9};
        for (int i = 3 * PER_DISTRIBUTION; i < count; i++) {
            double n = random.nextInt(-100, 101) + fractions[random.nextInt(fractions.length)];
            long bits = Double.doubleToRawLongBits(n * ps[i]) + random.nextInt(-1, 2);
            xs[i] = Double.longBitsToDouble(bits);
        }
        BitExact.check("IEEEremainder", Remainder::ieeeRemainder, StrictMath::IEEEremainder, xs, ps);
    }
}
