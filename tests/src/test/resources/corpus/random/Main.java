package corpus.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * java.util.Random with fixed seeds (the LCG is specified, so every JVM prints the same numbers): nextInt,
 * nextInt(bound) for powers of two and others, nextLong, nextDouble, nextFloat, nextBoolean, nextGaussian,
 * nextBytes, ints() streams, setSeed, Collections.shuffle with a seeded Random, SplittableRandom, and a Monte
 * Carlo estimate of pi.
 */
public class Main {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder ints = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            ints.append(r.nextInt()).append(' ');
        }
        System.out.println("nextInt " + ints.toString().trim());
        StringBuilder bounded = new StringBuilder();
        for (int bound : new int[] {1, 2, 7, 16, 100, 1 << 30, Integer.MAX_VALUE}) {
            bounded.append(r.nextInt(bound)).append(' ');
        }
        System.out.println("nextInt(bound) " + bounded.toString().trim());
        System.out.println("nextLong " + r.nextLong() + " " + r.nextLong());
        System.out.println("nextDouble " + r.nextDouble() + " nextFloat " + r.nextFloat() + " nextBoolean "
                + r.nextBoolean() + " nextGaussian " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + java.util.Arrays.toString(bytes));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getMessage());
        }
        r.setSeed(7);
        System.out.println("after setSeed(7) " + r.nextInt(1000) + " " + new Random(7).nextInt(1000));
        System.out.println("ints stream " + new Random(1).ints(6, 0, 10).boxed().toList() + " doubles sum "
                + new Random(2).doubles(100).sum());
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            deck.add(i);
        }
        Collections.shuffle(deck, new Random(123));
        System.out.println("shuffled " + deck);
        SplittableRandom sr = new SplittableRandom(99);
        System.out.println("SplittableRandom " + sr.nextInt(100) + " " + sr.nextLong() + " " + sr.nextDouble()
                + " split " + sr.split().nextInt(1000));
        Random mc = new Random(2024);
        int inside = 0, n = 200000;
        for (int i = 0; i < n; i++) {
            double x = mc.nextDouble(), y = mc.nextDouble();
            if (x * x + y * y <= 1) {
                inside++;
            }
        }
        System.out.println("monte carlo pi " + 4.0 * inside / n);
        int[] histogram = new int[10];
        Random dice = new Random(5);
        for (int i = 0; i < 10000; i++) {
            histogram[dice.nextInt(10)]++;
        }
        System.out.println("histogram " + java.util.Arrays.toString(histogram));
    }
}
