package npe;

/** Field reads and writes on null references from every kind of source. */
public class Fields {
    static Fields staticNull;
    static Fields staticChain = new Fields();
    static int[] staticInts;
    static Fields staticDeep;
    Fields next;
    Fields other;
    String name;
    int count;
    long total;
    double ratio;
    byte b;
    char c;
    short s;
    boolean flag;
    float f;
    int[] ints;
    Fields[] children;
    Object object;

    static Fields make() {
        return null;
    }

    Fields self() {
        return next;
    }

    static Fields chain(int depth) {
        Fields head = new Fields();
        Fields f = head;
        for (int i = 1; i < depth; i++) {
            f.next = new Fields();
            f = f.next;
        }
        return head;
    }

    public static void npeLocalRead() {
        Fields f = null;
        System.out.println(f.count);
    }

    public static void npeLocalWrite() {
        Fields f = null;
        f.count = 1;
    }

    public static void npeLongWrite() {
        Fields f = null;
        f.total = 5L;
    }

    public static void npeDoubleWrite() {
        Fields f = null;
        f.ratio = 1.5;
    }

    public static void npeObjectWrite() {
        Fields f = null;
        f.name = "x";
    }

    public static void npeByteWrite() {
        Fields f = make();
        f.b = 3;
    }

    public static void npeCharWrite() {
        Fields f = make();
        f.c = 'x';
    }

    public static void npeShortWrite() {
        Fields f = make();
        f.s = 7;
    }

    public static void npeBooleanWrite() {
        Fields f = make();
        f.flag = true;
    }

    public static void npeFloatWrite() {
        Fields f = make();
        f.f = 1f;
    }

    public static void npeStaticFieldRead() {
        System.out.println(staticNull.name);
    }

    public static void npeStaticFieldWrite() {
        staticNull.count = 3;
    }

    public static void npeStaticChain() {
        staticChain.next.count = 3;
    }

    public static void npeStaticChainRead() {
        System.out.println(staticChain.next.next.name);
    }

    public static void npeMethodResult() {
        System.out.println(make().count);
    }

    public static void npeMethodResultWrite() {
        make().total = 1;
    }

    public static void npeInstanceMethodResult() {
        System.out.println(new Fields().self().name);
    }

    public static void npeNullLiteral() {
        System.out.println(((Fields) null).count);
    }

    public static void npeCastOfObject() {
        Object o = null;
        System.out.println(((Fields) o).name);
    }

    public static void npeTernary() {
        Fields a = null;
        Fields b = null;
        boolean which = System.nanoTime() > 0;
        System.out.println((which ? a : b).count);
    }

    public static void npeTernarySameLocal() {
        Fields a = null;
        boolean which = System.nanoTime() > 0;
        System.out.println((which ? a : a).count);
    }

    public static void npeTernaryWithNull() {
        Fields a = new Fields();
        boolean which = System.nanoTime() > 0;
        System.out.println((which ? null : a).name);
    }

    public static void npeChain2() {
        Fields f = new Fields();
        System.out.println(f.next.count);
    }

    public static void npeChain3() {
        Fields f = chain(2);
        System.out.println(f.next.next.count);
    }

    public static void npeChain4() {
        Fields f = chain(3);
        System.out.println(f.next.next.next.count);
    }

    public static void npeChain5() {
        Fields f = chain(4);
        System.out.println(f.next.next.next.next.count);
    }

    public static void npeChain6() {
        Fields f = chain(5);
        System.out.println(f.next.next.next.next.next.count);
    }

    public static void npeChain7() {
        Fields f = chain(6);
        System.out.println(f.next.next.next.next.next.next.name);
    }

    public static void npeChain8Write() {
        Fields f = chain(7);
        f.next.next.next.next.next.next.next.count = 1;
    }

    public static void npeStaticDeepChain() {
        staticDeep = chain(5);
        staticDeep.next.next.next.next.next.total = 2;
    }

    public static void npeMethodThenChain() {
        System.out.println(new Fields().self().next);
    }

    public static void npeArrayElementField() {
        Fields[] all = new Fields[3];
        System.out.println(all[1].name);
    }

    public static void npeArrayElementFieldIndexLocal() {
        Fields[] all = new Fields[3];
        int i = 2;
        all[i].count = 4;
    }

    public static void npeFieldArrayElementField() {
        Fields f = new Fields();
        f.children = new Fields[2];
        System.out.println(f.children[0].other);
    }

    public static void npeStaticIntArray() {
        staticInts[0] = 1;
    }

    public static void npeCompoundAssign() {
        Fields f = null;
        f.count += 2;
    }

    public static void npeIncrement() {
        Fields f = make();
        f.count++;
    }

    public static void npeLongIncrement() {
        Fields f = make();
        f.total++;
    }

    public static void npeCompoundAssignChain() {
        Fields f = new Fields();
        f.next.ratio *= 2;
    }

    public static void npeStringConcatAssign() {
        Fields f = new Fields();
        f.other.name += "x";
    }

    public static void npeAssignChainValue() {
        Fields f = new Fields();
        Fields g = null;
        f.count = g.count;
    }

    public static void npeFieldOfThis() {
        new Fields().readOther();
    }

    void readOther() {
        System.out.println(other.name);
    }

    public static void npeWriteOfThisField() {
        new Fields().writeOther();
    }

    void writeOther() {
        this.other.count = 5;
    }

    public static void npeParameterRead() {
        readParameter(null);
    }

    static void readParameter(Fields p) {
        System.out.println(p.name);
    }

    public static void npeSecondParameter() {
        readSecond(1, 2L, null, 3.0);
    }

    static void readSecond(int a, long b, Fields p, double d) {
        System.out.println(p.ratio + a + b + d);
    }

    public static void npeInstanceParameter() {
        new Fields().readInstanceParameter(5, null);
    }

    void readInstanceParameter(int x, Fields p) {
        System.out.println(p.count + x);
    }

    public static void npeOverwrittenParameter() {
        overwritten(new Fields());
    }

    static void overwritten(Fields p) {
        p = p.next;
        System.out.println(p.count);
    }

    public static void npeLocalAfterLongs() {
        long a = 1;
        double b = 2;
        Fields f = null;
        System.out.println(a + b + f.count);
    }

    public static void npeLocalHighSlot() {
        long a = 1, b = 2, c = 3, d = 4, e = 5;
        Fields f = make();
        System.out.println(a + b + c + d + e + f.total);
    }

    public static void npeObjectFieldCast() {
        Fields f = new Fields();
        System.out.println(((Fields) f.object).count);
    }

    public static void npeFieldOfNewObject() {
        System.out.println(new Fields().next.count);
    }

    public static void npeCallResultField() {
        System.out.println(new Fields().self().next.count);
    }

    public static void npeNonAsciiField() {
        Unicode u = null;
        System.out.println(u.größe);
    }

    static class Unicode {
        int größe;
    }
}
