package org.eremite.classlib.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/** The constant tables of the reduction by pi/2, recomputed from pi (Machin's formula, 600 digits). */
class ReductionTablesTest {
    private static final MathContext CONTEXT = new MathContext(600, RoundingMode.HALF_EVEN);

    /** arctan(1/n) = sum of (-1)^k / ((2k+1) n^(2k+1)). */
    private static BigDecimal arctanOfInverse(int n) {
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(n), CONTEXT);
        BigDecimal nn = BigDecimal.valueOf((long) n * n);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(590);
        for (int k = 0; power.compareTo(epsilon) > 0; k++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), CONTEXT);
            sum = (k & 1) == 0 ? sum.add(term) : sum.subtract(term);
            power = power.divide(nn, CONTEXT);
        }
        return sum;
    }

    private static BigDecimal pi() {
        return arctanOfInverse(5).multiply(BigDecimal.valueOf(16))
                .subtract(arctanOfInverse(239).multiply(BigDecimal.valueOf(4)));
    }

    @Test
    void twoOverPiChunksAreTheBinaryDigitsOfTwoOverPi() {
        int[] table = PayneHanek.twoOverPi();
        BigDecimal fraction = BigDecimal.valueOf(2).divide(pi(), CONTEXT);
        BigDecimal scale = BigDecimal.valueOf(1 << 24);
        int[] expected = new int[table.length];
        for (int i = 0; i < table.length; i++) {
            fraction = fraction.multiply(scale);
            BigDecimal chunk = fraction.setScale(0, RoundingMode.FLOOR);
            expected[i] = chunk.intValueExact();
            fraction = fraction.subtract(chunk);
        }
        assertArrayEquals(expected, table);
    }

    @Test
    void npio2HighWordsAreThoseOfMultiplesOfHalfPi() {
        int[] table = RemPio2.npio2High();
        BigDecimal halfPi = pi().divide(BigDecimal.valueOf(2), CONTEXT);
        int[] expected = new int[table.length];
        for (int n = 1; n <= table.length; n++) {
            expected[n - 1] = DoubleWords.high(halfPi.multiply(BigDecimal.valueOf(n)).doubleValue());
        }
        assertArrayEquals(expected, table);
    }
}
