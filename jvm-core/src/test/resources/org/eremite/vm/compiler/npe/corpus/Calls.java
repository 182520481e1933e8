package npe;

import java.util.List;
import java.util.Map;

/** Calls on null receivers: virtual, interface, private, and the names HotSpot prints for the called method. */
public class Calls {
    static String staticString;
    static List<String> staticList;
    String text;
    Calls peer;

    interface Shape {
        double area();

        default Shape scaled(double factor) {
            return this;
        }
    }

    static class Inner {
        Inner step(int[] a, long[][] b, String c, Object d, StringBuilder e, Integer f, Inner g) {
            return null;
        }

        static Inner make() {
            return null;
        }
    }

    static String nothing() {
        return null;
    }

    String instanceNothing() {
        return null;
    }

    private int secret() {
        return 1;
    }

    public static void npeVirtual() {
        String s = null;
        s.length();
    }

    public static void npeVirtualWithArgs() {
        String s = null;
        s.substring(1, 2);
    }

    public static void npeStaticString() {
        staticString.trim();
    }

    public static void npeInterface() {
        List<String> list = null;
        list.size();
    }

    public static void npeInterfaceStatic() {
        staticList.add("x");
    }

    public static void npeInterfaceMethodResult() {
        Shape s = null;
        s.area();
    }

    public static void npeDefaultMethod() {
        Shape s = null;
        s.scaled(2.0);
    }

    public static void npeReturnValue() {
        nothing().length();
    }

    public static void npeInstanceReturnValue() {
        new Calls().instanceNothing().isEmpty();
    }

    public static void npeReturnValueChain() {
        Inner.make().step(null, null, null, null, null, null, null);
    }

    public static void npeReturnValueOfStep() {
        new Inner().step(null, null, null, null, null, null, null).step(null, null, null, null, null, null, null);
    }

    public static void npePrivate() {
        Calls c = null;
        c.secret();
    }

    public static void npeFieldReceiver() {
        Calls c = new Calls();
        c.text.length();
    }

    public static void npeFieldChainReceiver() {
        Calls c = new Calls();
        c.peer.text.length();
    }

    public static void npeThisField() {
        new Calls().useText();
    }

    void useText() {
        text.chars();
    }

    public static void npeThisPeer() {
        new Calls().usePeer();
    }

    void usePeer() {
        peer.useText();
    }

    public static void npeObjectMethod() {
        Object o = null;
        o.hashCode();
    }

    public static void npeEquals() {
        String s = null;
        s.equals("x");
    }

    public static void npeGetClass() {
        Object o = null;
        o.getClass();
    }

    public static void npeArrayClone() {
        Object[] a = null;
        a.clone();
    }

    public static void npeIntArrayClone() {
        int[] a = null;
        a.clone();
    }

    public static void npeMap() {
        Map<String, Integer> m = null;
        m.put("a", 1);
    }

    public static void npeCharSequence() {
        CharSequence cs = null;
        cs.charAt(0);
    }

    public static void npeStringBuilderAppend() {
        StringBuilder sb = null;
        sb.append("x");
    }

    public static void npeStringBuilderAppendBuilder() {
        StringBuilder sb = null;
        sb.append(new StringBuilder());
    }

    public static void npeStringArgs() {
        String s = null;
        s.replace("a", "b");
    }

    public static void npeStringFormatted() {
        String s = null;
        s.formatted(1, 2);
    }

    public static void npeObjectsArgs() {
        Calls c = null;
        c.takesObjects(null, null, null);
    }

    void takesObjects(java.util.Objects a, java.lang.Object b, java.lang.Integer c) {
    }

    public static void npeParameterReceiver() {
        callOn(null);
    }

    static void callOn(String s) {
        s.isBlank();
    }

    public static void npeInstanceParameterReceiver() {
        new Calls().callOnInstance(1L, null);
    }

    void callOnInstance(long l, String s) {
        s.strip();
    }

    public static void npeInnerClassMethod() {
        Inner i = null;
        i.step(null, null, null, null, null, null, null);
    }

    public static void npeNestedReceiver() {
        String s = nothing();
        s.toLowerCase().length();
    }

    public static void npeThread() {
        Thread t = null;
        t.interrupt();
    }

    public static void npeRunnable() {
        Runnable r = null;
        r.run();
    }

    public static void npeVarargs() {
        Calls c = null;
        c.varargs(1, 2, 3);
    }

    void varargs(int... values) {
    }

    public static void npeGenericMethod() {
        Calls c = null;
        c.<String>generic("x");
    }

    <T> T generic(T t) {
        return t;
    }

    public static void npeNestedCallArgument() {
        String s = null;
        System.out.println(s.concat(nothing()));
    }

    public static void npeCallInArgument() {
        String s = null;
        Math.max(1, s.length());
    }
}
