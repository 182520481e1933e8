package npe;

/** Loads, stores and lengths of null arrays of every element type, with every kind of index. */
public class Arrays {
    static int[] staticInts;
    static Object[][] staticMatrix = new Object[2][];
    int[] ints;
    Object[] objects;
    Arrays[] children;

    static int[] nothing() {
        return null;
    }

    static int five() {
        return 5;
    }

    public static void npeIntLoad() {
        int[] a = null;
        System.out.println(a[0]);
    }

    public static void npeLongLoad() {
        long[] a = null;
        System.out.println(a[1]);
    }

    public static void npeFloatLoad() {
        float[] a = null;
        System.out.println(a[2]);
    }

    public static void npeDoubleLoad() {
        double[] a = null;
        System.out.println(a[3]);
    }

    public static void npeObjectLoad() {
        Object[] a = null;
        System.out.println(a[4]);
    }

    public static void npeByteLoad() {
        byte[] a = null;
        System.out.println(a[5]);
    }

    public static void npeBooleanLoad() {
        boolean[] a = null;
        System.out.println(a[0]);
    }

    public static void npeCharLoad() {
        char[] a = null;
        System.out.println(a[0]);
    }

    public static void npeShortLoad() {
        short[] a = null;
        System.out.println(a[0]);
    }

    public static void npeIntStore() {
        int[] a = null;
        a[0] = 1;
    }

    public static void npeLongStore() {
        long[] a = null;
        a[0] = 1L;
    }

    public static void npeFloatStore() {
        float[] a = null;
        a[0] = 1f;
    }

    public static void npeDoubleStore() {
        double[] a = null;
        a[0] = 1.0;
    }

    public static void npeObjectStore() {
        Object[] a = null;
        a[0] = "x";
    }

    public static void npeByteStore() {
        byte[] a = null;
        a[0] = 1;
    }

    public static void npeBooleanStore() {
        boolean[] a = null;
        a[0] = true;
    }

    public static void npeCharStore() {
        char[] a = null;
        a[0] = 'c';
    }

    public static void npeShortStore() {
        short[] a = null;
        a[0] = 2;
    }

    public static void npeLength() {
        int[] a = null;
        System.out.println(a.length);
    }

    public static void npeLengthOfResult() {
        System.out.println(nothing().length);
    }

    public static void npeLoadFromResult() {
        System.out.println(nothing()[0]);
    }

    public static void npeStaticArray() {
        System.out.println(staticInts[3]);
    }

    public static void npeStaticMatrixRow() {
        System.out.println(staticMatrix[1][0]);
    }

    public static void npeStaticMatrixRowStore() {
        staticMatrix[1][0] = "x";
    }

    public static void npeMatrix() {
        int[][] m = new int[3][];
        System.out.println(m[1][2]);
    }

    public static void npeMatrixLocalIndex() {
        int[][] m = new int[3][];
        int i = 1;
        int j = 0;
        System.out.println(m[i][j]);
    }

    public static void npeMatrixStore() {
        long[][] m = new long[3][];
        int i = 2;
        m[i][0] = 5L;
    }

    public static void npeCube() {
        int[][][] c = new int[2][2][];
        System.out.println(c[1][1][0]);
    }

    public static void npeCubeRow() {
        int[][][] c = new int[2][][];
        System.out.println(c[1][1][0]);
    }

    public static void npeIndexFromStatic() {
        int[][] m = new int[3][];
        System.out.println(m[Fields.staticChain.count][0]);
    }

    public static void npeIndexFromCall() {
        Object[][] m = new Object[6][];
        System.out.println(m[five()][0]);
    }

    public static void npeIndexExpression() {
        Object[][] m = new Object[6][];
        int i = 1;
        System.out.println(m[i + 1][0]);
    }

    public static void npeIndexBipush() {
        Object[][] m = new Object[100][];
        System.out.println(m[99][0]);
    }

    public static void npeIndexSipush() {
        Object[][] m = new Object[1000][];
        System.out.println(m[999][0]);
    }

    public static void npeIndexFromArray() {
        Object[][] m = new Object[6][];
        int[] idx = {3};
        System.out.println(m[idx[0]][0]);
    }

    public static void npeIndexFromField() {
        Object[][] m = new Object[6][];
        Fields f = new Fields();
        System.out.println(m[f.count][0]);
    }

    public static void npeIndexFromByteArray() {
        Object[][] m = new Object[6][];
        byte[] idx = {2};
        System.out.println(m[idx[0]][0]);
    }

    public static void npeIndexFromCharArray() {
        Object[][] m = new Object[100][];
        char[] idx = {'A'};
        System.out.println(m[idx[0]][0]);
    }

    public static void npeIndexFromParameter() {
        indexParameter(new Object[4][], 2);
    }

    static void indexParameter(Object[][] m, int i) {
        System.out.println(m[i][0]);
    }

    public static void npeIncrementedIndexParameter() {
        incrementedIndex(new Object[4][], 1);
    }

    static void incrementedIndex(Object[][] m, int i) {
        i++;
        System.out.println(m[i][0]);
    }

    public static void npeReassignedIndexParameter() {
        reassignedIndex(new Object[4][], 1);
    }

    static void reassignedIndex(Object[][] m, int i) {
        i = i * 2;
        System.out.println(m[i][0]);
    }

    /** Never called: the sweep compares the messages of a negative sipush index. */
    static Object negativeIndex(Object[][] m) {
        return m[-200][0];
    }

    public static void npeLongIndexExpressions() {
        long[][] m = new long[3][];
        long l = 1;
        System.out.println(m[(int) l][0]);
    }

    public static void npeArrayOfFieldRow() {
        Arrays a = new Arrays();
        a.children = new Arrays[2];
        System.out.println(a.children[1].ints[0]);
    }

    public static void npeFieldArray() {
        Arrays a = new Arrays();
        System.out.println(a.ints[0]);
    }

    public static void npeFieldArrayStore() {
        Arrays a = new Arrays();
        a.objects[1] = a;
    }

    public static void npeFieldArrayLength() {
        Arrays a = new Arrays();
        System.out.println(a.objects.length);
    }

    public static void npeIncrementElement() {
        int[] a = null;
        a[1]++;
    }

    public static void npeLongCompoundElement() {
        long[] a = null;
        a[1] += 4;
    }

    public static void npeArrayInTernary() {
        int[] a = null;
        int[] b = new int[1];
        boolean which = System.nanoTime() > 0;
        System.out.println((which ? a : b)[0]);
    }

    public static void npeForEach() {
        int[] a = null;
        int sum = 0;
        for (int x : a) {
            sum += x;
        }
        System.out.println(sum);
    }

    public static void npeArrayParameterLength() {
        parameterLength(null);
    }

    static int parameterLength(String[] args) {
        return args.length;
    }

    public static void npeArgsElement() {
        argsElement(new String[1]);
    }

    static void argsElement(String[] args) {
        System.out.println(args[0].trim());
    }

    public static void npeDeepArrayChain() {
        Object[][][][][][][] a = new Object[1][1][1][1][1][1][];
        System.out.println(a[0][0][0][0][0][0][0]);
    }

    public static void npeArrayCallChain() {
        Arrays[] all = new Arrays[1];
        all[0] = new Arrays();
        all[0].children = new Arrays[1];
        System.out.println(all[0].children[0].objects);
    }
}
