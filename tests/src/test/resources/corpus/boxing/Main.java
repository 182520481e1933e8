package corpus.boxing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Autoboxing and its caches: Integer/Short/Byte/Long/Character valueOf caches (-128..127, Character 0..127),
 * so == holds for 127 and not for 128; Boolean.valueOf constants; new objects from constructors are never ==;
 * unboxing of null throws; compound assignment on boxed values; equals across types (Integer vs Long);
 * boxed values as map keys and in lists (remove(int) vs remove(Object)); ternary unboxing; compare and hashCode.
 */
public class Main {
    @SuppressWarnings({"removal", "deprecation"})
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println("Integer 127 == 127: " + (a == b) + ", 128 == 128: " + (c == d) + ", equals " + c.equals(d));
        Integer m1 = -128, m2 = -128, m3 = -129, m4 = -129;
        System.out.println("Integer -128 == -128: " + (m1 == m2) + ", -129 == -129: " + (m3 == m4));
        System.out.println("valueOf(127) == valueOf(127): " + (Integer.valueOf(127) == Integer.valueOf(127))
                + ", valueOf(128) == valueOf(128): " + (Integer.valueOf(128) == Integer.valueOf(128)));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println("Long 127: " + (l1 == l2) + ", Long 128: " + (l3 == l4));
        Short s1 = 100, s2 = 100;
        Byte b1 = -5, b2 = -5;
        Character c1 = 'z', c2 = 'z', c3 = '\u0100', c4 = '\u0100';
        System.out.println("Short " + (s1 == s2) + ", Byte " + (b1 == b2) + ", Character 'z' " + (c1 == c2)
                + ", Character 256 " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Boolean " + (t1 == t2) + " " + (t1 == Boolean.TRUE) + ", parse 'yes' " + Boolean.parseBoolean("yes"));
        Integer constructed = new Integer(5);
        System.out.println("new Integer(5) == valueOf(5): " + (constructed == Integer.valueOf(5)) + ", equals "
                + constructed.equals(5));
        Double d1 = 0.5, d2 = 0.5;
        System.out.println("Double never cached: " + (d1 == d2) + ", equals " + d1.equals(d2));
        Integer counter = 0;
        for (int i = 0; i < 200; i++) {
            counter++;
        }
        counter += 55;
        System.out.println("boxed counter " + counter);
        Long asLong = 10L;
        Integer asInt = 10;
        System.out.println("Integer(10).equals(Long(10)) " + asInt.equals(asLong) + ", == after unboxing "
                + (asInt.intValue() == asLong) + ", Objects.equals " + java.util.Objects.equals(asInt, 10));
        Integer nothing = null;
        try {
            int x = nothing + 1;
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null throws NullPointerException");
        }
        boolean flag = args.length > 100;
        try {
            Integer result = flag ? 1 : nothing; // unboxes nothing: NPE
            System.out.println(result);
        } catch (NullPointerException e) {
            System.out.println("ternary unboxing throws NullPointerException");
        }
        Object mixed = true ? 1 : "s";
        Object promoted = true ? 1 : 2.0;
        System.out.println("ternary types " + mixed.getClass().getSimpleName() + " " + promoted.getClass().getSimpleName()
                + " " + promoted);
        List<Integer> list = new ArrayList<>(List.of(10, 20, 30, 1, 2));
        list.remove(1);
        list.remove(Integer.valueOf(1));
        System.out.println("remove(int) then remove(Object) " + list);
        Map<Long, String> byLong = new HashMap<>();
        byLong.put(1L, "one");
        System.out.println("map get with int key " + byLong.get(1) + ", with long key " + byLong.get(1L));
        Character ch = 'a';
        ch++;
        int code = ch + 1;
        System.out.println("boxed char " + ch + " code " + code);
        System.out.println("hash codes " + Integer.valueOf(7).hashCode() + " " + Long.valueOf(-1L).hashCode() + " "
                + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('A').hashCode()
                + " " + Float.valueOf(-0f).hashCode() + " " + Short.valueOf((short) -3).hashCode());
        System.out.println("compare " + Integer.compare(3, 7) + " " + a.compareTo(c) + " " + Boolean.compare(true, false)
                + " " + Character.compare('b', 'a') + " " + Double.compare(0.0, -0.0));
        long sum = 0;
        List<Long> longs = new ArrayList<>();
        for (long i = 0; i < 1000; i++) {
            longs.add(i);
        }
        for (Long v : longs) {
            sum += v;
        }
        System.out.println("sum of boxed longs " + sum);
    }
}
