package corpus.bignumbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * BigInteger (factorial, powers, division with remainder, modPow/modInverse, gcd, bit operations, radix strings,
 * probable primes of known numbers, signum and negation) and BigDecimal (exact decimal arithmetic, scale,
 * setScale with every RoundingMode, divide with a MathContext and the exception for non-terminating expansions,
 * stripTrailingZeros, toPlainString/toEngineeringString, equals versus compareTo).
 */
public class Main {
    public static void main(String[] args) {
        BigInteger factorial = BigInteger.ONE;
        for (int i = 2; i <= 50; i++) {
            factorial = factorial.multiply(BigInteger.valueOf(i));
        }
        System.out.println("50! = " + factorial + " (" + factorial.bitLength() + " bits)");
        BigInteger two = BigInteger.TWO;
        BigInteger big = two.pow(200).subtract(BigInteger.ONE);
        System.out.println("2^200-1 = " + big + " hex " + big.toString(16).length() + " digits");
        BigInteger[] qr = big.divideAndRemainder(BigInteger.valueOf(1_000_000_007));
        System.out.println("divmod 1e9+7: " + qr[0].toString().length() + " digits, remainder " + qr[1]);
        BigInteger m = new BigInteger("1000000007");
        System.out.println("modPow " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(1000000), m) + " modInverse "
                + BigInteger.valueOf(12345).modInverse(m) + " gcd " + factorial.gcd(BigInteger.valueOf(2).pow(100)));
        System.out.println("negative " + big.negate().signum() + " " + big.negate().mod(BigInteger.TEN) + " "
                + big.negate().remainder(BigInteger.TEN) + " abs " + BigInteger.valueOf(-5).abs());
        System.out.println("bits " + BigInteger.valueOf(-1).shiftLeft(70) + " " + big.shiftRight(190) + " and "
                + big.and(BigInteger.valueOf(0xFF0)) + " testBit " + big.testBit(199) + " " + big.testBit(200)
                + " bitCount " + big.bitCount());
        System.out.println("radix " + new BigInteger("zz", 36) + " " + new BigInteger("-101", 2) + " "
                + BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE) + " longValue wraps "
                + BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).longValue());
        System.out.println("primes " + BigInteger.valueOf(1_000_000_007).isProbablePrime(50) + " "
                + BigInteger.valueOf(1_000_000_008).isProbablePrime(50) + " next " + BigInteger.valueOf(1000).nextProbablePrime());
        System.out.println("sqrt " + big.sqrt() + " compare " + big.compareTo(factorial) + " min " + big.min(factorial).bitLength());
        BigInteger fib1 = BigInteger.ZERO, fib2 = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            BigInteger t = fib1.add(fib2);
            fib1 = fib2;
            fib2 = t;
        }
        System.out.println("fib(300) = " + fib1);
        try {
            BigInteger.ONE.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("BigInteger / 0: " + e.getMessage());
        }
        BigDecimal a = new BigDecimal("0.1"), b = new BigDecimal("0.2");
        System.out.println("0.1 + 0.2 = " + a.add(b) + ", double constructor " + new BigDecimal(0.1) + ", valueOf "
                + BigDecimal.valueOf(0.1));
        BigDecimal price = new BigDecimal("19.99");
        BigDecimal total = price.multiply(BigDecimal.valueOf(3)).multiply(new BigDecimal("1.0825"));
        System.out.println("total " + total + " scale " + total.scale() + " precision " + total.precision());
        for (RoundingMode mode : RoundingMode.values()) {
            if (mode == RoundingMode.UNNECESSARY) {
                continue;
            }
            System.out.println(mode + ": 2.345 -> " + new BigDecimal("2.345").setScale(2, mode) + ", -2.345 -> "
                    + new BigDecimal("-2.345").setScale(2, mode) + ", 2.5 -> " + new BigDecimal("2.5").setScale(0, mode));
        }
        try {
            BigDecimal.ONE.divide(BigDecimal.valueOf(3));
        } catch (ArithmeticException e) {
            System.out.println("1/3 exact: " + e.getMessage());
        }
        System.out.println("1/3 to 20 digits " + BigDecimal.ONE.divide(BigDecimal.valueOf(3), new MathContext(20))
                + ", DECIMAL64 " + BigDecimal.valueOf(2).divide(BigDecimal.valueOf(7), MathContext.DECIMAL64)
                + ", scale 5 " + BigDecimal.TEN.divide(BigDecimal.valueOf(7), 5, RoundingMode.HALF_EVEN));
        BigDecimal x = new BigDecimal("2.50"), y = new BigDecimal("2.5");
        System.out.println("equals " + x.equals(y) + " compareTo " + x.compareTo(y) + " strip " + x.stripTrailingZeros()
                + " hash " + (x.hashCode() == y.hashCode()));
        BigDecimal huge = new BigDecimal("1.23E+10");
        System.out.println("plain " + huge.toPlainString() + " engineering " + new BigDecimal("12.3E-10").toEngineeringString()
                + " toString " + new BigDecimal("0.0000001") + " " + new BigDecimal("100").stripTrailingZeros()
                + " " + new BigDecimal("100").stripTrailingZeros().toPlainString());
        BigDecimal compound = BigDecimal.valueOf(1000);
        for (int year = 0; year < 10; year++) {
            compound = compound.multiply(new BigDecimal("1.05")).setScale(2, RoundingMode.HALF_UP);
        }
        System.out.println("compound interest " + compound + " negate " + compound.negate() + " pow " + new BigDecimal("1.1").pow(5)
                + " sqrt " + new BigDecimal(2).sqrt(new MathContext(30)));
        System.out.println("toBigInteger " + new BigDecimal("123.999").toBigInteger() + " intValue "
                + new BigDecimal("-7.9").intValue() + " doubleValue " + new BigDecimal("1e-5").doubleValue());
    }
}
