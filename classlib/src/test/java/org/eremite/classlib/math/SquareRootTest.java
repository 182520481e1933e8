package org.eremite.classlib.math;

import static org.eremite.classlib.math.Inputs.PER_DISTRIBUTION;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** sqrt against the host's StrictMath (correctly rounded), bit for bit. */
class SquareRootTest {
    @Test
    void sqrtMatchesFdlibmOnSpecialValues() {
        BitExact.check("sqrt", SquareRoot::sqrt, StrictMath::sqrt, Inputs.concat(Inputs.specials(),
                Inputs.aroundHighWords(0x00100000, 0x3ff00000, 0x7ff00000, 0x00000000, 0x40000000)));
    }

    @Test
    void sqrtMatchesFdlibmOnRandomInputs() {
        // squares of random doubles, and their neighbours: exact roots and the values where rounding flips
        SplittableRandom random = new SplittableRandom(1602);
        double[] squares = new double[PER_DISTRIBUTION];
        for (int i = 0; i < squares.length; i++) {
            double r = Math.scalb(1.0 + random.nextDouble(), random.nextInt(-537, 511));
            double root = Math.rint(r * 0x1p26) * 0x1p-26; // at most 27 bits: its square is exact
            long bits = Double.doubleToRawLongBits(root * root) + random.nextInt(-2, 3);
            squares[i] = Double.longBitsToDouble(bits);
        }
        BitExact.check("sqrt", SquareRoot::sqrt, StrictMath::sqrt, Inputs.concat(
                Inputs.uniformBits(1601, PER_DISTRIBUTION),
                Inputs.positive(Inputs.uniformBits(1603, PER_DISTRIBUTION)),
                Inputs.positive(Inputs.logUniform(1604, PER_DISTRIBUTION, -1074, 1023)),
                Inputs.uniform(1605, PER_DISTRIBUTION, 0, 4),
                squares));
    }
}
