package corpus.arrays;

import java.util.Arrays;

/**
 * Arrays of every element type: newarray of boolean/byte/char/short/int/long/float/double and anewarray, their
 * default values, loads and stores with truncation (bastore of 300, castore of -1, sastore of 70000), arraylength,
 * clone (shallow), array initializers, System.arraycopy (overlapping, between types), Arrays.fill/equals/toString/
 * copyOf/copyOfRange/asList, and the class names of array types.
 */
public class Main {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        String[] o = new String[3];
        System.out.println("defaults " + Arrays.toString(z) + Arrays.toString(b) + (int) c[0] + Arrays.toString(s)
                + Arrays.toString(i) + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d) + Arrays.toString(o));
        int wide = 300;
        z[1] = true;
        b[0] = (byte) wide;
        b[1] = (byte) -wide;
        b[2] = 127;
        b[2]++;
        c[0] = 'x';
        c[1] = (char) -1;
        c[2] = (char) (c[0] + 2);
        s[0] = (short) 70000;
        s[1] = Short.MIN_VALUE;
        s[1]--;
        i[0] = Integer.MAX_VALUE;
        i[0]++;
        i[1] = i[0] - 1;
        i[2] += 42;
        l[0] = Long.MIN_VALUE;
        l[1] = l[0] - 1;
        l[2] = 1L << 62;
        f[0] = 1.5f;
        f[1] = f[0] / 0;
        f[2] = -f[0];
        d[0] = Math.PI;
        d[1] = d[0] * d[0];
        d[2] = Double.NaN;
        o[0] = "first";
        o[2] = o[0] + "!";
        System.out.println("boolean " + Arrays.toString(z));
        System.out.println("byte " + Arrays.toString(b));
        System.out.println("char " + (int) c[0] + " " + (int) c[1] + " " + c[2] + " length " + c.length);
        System.out.println("short " + Arrays.toString(s));
        System.out.println("int " + Arrays.toString(i));
        System.out.println("long " + Arrays.toString(l));
        System.out.println("float " + Arrays.toString(f));
        System.out.println("double " + Arrays.toString(d));
        System.out.println("String " + Arrays.toString(o));
        // Post-increment of elements used as values (dup_x2 / dup2_x2 forms).
        int oldInt = i[2]++;
        long oldLong = l[2]++;
        double oldDouble = d[0]++;
        System.out.println("old values " + oldInt + " " + oldLong + " " + oldDouble + " new " + i[2] + " " + l[2] + " " + d[0]);
        int[] copy = i.clone();
        copy[0] = 5;
        System.out.println("clone independent: " + i[0] + " vs " + copy[0] + ", equals " + Arrays.equals(i, copy));
        String[][] nested = {{"a"}, {"b"}};
        String[][] shallow = nested.clone();
        shallow[0][0] = "changed";
        System.out.println("shallow clone shares rows: " + nested[0][0] + ", same row " + (nested[0] == shallow[0]));
        int[] seq = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(seq, 0, seq, 3, 5);
        System.out.println("overlapping copy right " + Arrays.toString(seq));
        int[] seq2 = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(seq2, 3, seq2, 0, 5);
        System.out.println("overlapping copy left " + Arrays.toString(seq2));
        Object[] objects = new Object[4];
        System.arraycopy(o, 0, objects, 1, 3);
        System.out.println("String[] into Object[] " + Arrays.toString(objects));
        long[] filled = new long[5];
        Arrays.fill(filled, 7L);
        Arrays.fill(filled, 1, 3, -1L);
        System.out.println("fill " + Arrays.toString(filled));
        System.out.println("copyOf " + Arrays.toString(Arrays.copyOf(seq, 12)) + " range "
                + Arrays.toString(Arrays.copyOfRange(seq, 2, 5)));
        char[] word = {'h', 'e', 'l', 'l', 'o'};
        System.out.println("char[] as string " + new String(word) + " " + String.valueOf(word, 1, 3));
        System.out.println("names " + z.getClass().getName() + " " + b.getClass().getName() + " "
                + c.getClass().getName() + " " + s.getClass().getName() + " " + i.getClass().getName() + " "
                + l.getClass().getName() + " " + f.getClass().getName() + " " + d.getClass().getName() + " "
                + o.getClass().getName() + " " + nested.getClass().getName() + " " + nested.getClass().getSimpleName());
        System.out.println("component " + o.getClass().getComponentType().getName() + ", isArray "
                + o.getClass().isArray() + ", int[] instanceof Object " + ((Object) i instanceof Object));
        int sum = 0;
        for (int v : seq) {
            sum += v;
        }
        System.out.println("sum " + sum + ", empty length " + new int[0].length + ", asList " + Arrays.asList(o));
        System.out.println("deepToString " + Arrays.deepToString(new Object[] {1, new int[] {2, 3}, new String[] {"x"}}));
    }
}
