package corpus.sorting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Sorting: Arrays.sort of every primitive type (large arrays take the dual-pivot quicksort path, doubles with
 * NaN and -0.0 sort to the total order), ranges, objects with TimSort (stable: equal keys keep their order),
 * comparators built with comparing/thenComparing/reversed/nullsFirst/nullsLast, Collections.sort/reverse/
 * shuffle/swap/rotate/binarySearch/min/max/frequency/nCopies, Arrays.binarySearch, and a hand-written merge sort
 * and quicksort checked against the library.
 */
public class Main {
    record Person(String name, int age, String city) {
    }

    static void mergeSort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid || j < hi) {
            tmp[k++] = j >= hi || i < mid && a[i] <= a[j] ? a[i++] : a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void quickSort(long[] a, int lo, int hi) {
        if (lo >= hi) {
            return;
        }
        long pivot = a[(lo + hi) >>> 1];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) {
                i++;
            }
            while (a[j] > pivot) {
                j--;
            }
            if (i <= j) {
                long t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        quickSort(a, lo, j);
        quickSort(a, i, hi);
    }

    public static void main(String[] args) {
        Random r = new Random(3);
        int[] ints = new int[3000];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = r.nextInt(100000) - 50000;
        }
        int[] mine = ints.clone();
        mergeSort(mine, new int[mine.length], 0, mine.length);
        Arrays.sort(ints);
        System.out.println("int sort agrees with merge sort " + Arrays.equals(ints, mine) + ", min " + ints[0] + " max "
                + ints[ints.length - 1] + " median " + ints[1500]);
        long[] longs = new long[1000];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = r.nextLong();
        }
        long[] qs = longs.clone();
        quickSort(qs, 0, qs.length - 1);
        Arrays.sort(longs);
        System.out.println("long sort agrees with quicksort " + Arrays.equals(longs, qs) + ", first " + longs[0]);
        double[] doubles = {3.5, -0.0, Double.NaN, 0.0, -1e300, Double.NEGATIVE_INFINITY, 2, Double.NaN, 1e-300, -0.0};
        Arrays.sort(doubles);
        System.out.println("doubles " + Arrays.toString(doubles));
        float[] floats = {1f, Float.NaN, -0f, 0f, -1f};
        Arrays.sort(floats);
        char[] chars = "the quick brown fox".toCharArray();
        Arrays.sort(chars);
        byte[] bytes = {5, -128, 127, 0, -1};
        Arrays.sort(bytes);
        short[] shorts = {300, -300, 0, 32767, -32768};
        Arrays.sort(shorts);
        System.out.println("floats " + Arrays.toString(floats) + " chars '" + new String(chars) + "' bytes "
                + Arrays.toString(bytes) + " shorts " + Arrays.toString(shorts));
        int[] partial = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(partial, 2, 6);
        System.out.println("range sort " + Arrays.toString(partial) + " binarySearch(ints, ints[100]) "
                + (ints[Arrays.binarySearch(ints, ints[100])] == ints[100]) + " missing " + Arrays.binarySearch(new int[] {1, 3, 5}, 4));
        List<Person> people = new ArrayList<>(List.of(new Person("Ann", 30, "Oslo"), new Person("Bob", 25, "Rome"),
                new Person("Cid", 30, "Lima"), new Person("Dee", 25, "Oslo"), new Person("Eve", 35, "Rome"),
                new Person("Fay", 30, "Rome")));
        people.sort(Comparator.comparingInt(Person::age));
        System.out.println("stable by age " + names(people));
        people.sort(Comparator.comparing(Person::city).thenComparing(Person::age, Comparator.reverseOrder()));
        System.out.println("by city then age desc " + names(people));
        people.sort(Comparator.comparing(Person::name).reversed());
        System.out.println("by name reversed " + names(people));
        List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", null, "fig"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst " + withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.comparing(String::length)));
        System.out.println("nullsLast by length " + withNulls);
        String[] words = {"banana", "Apple", "cherry", "apple", "Banana"};
        Arrays.sort(words);
        System.out.println("natural " + Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive (stable) " + Arrays.toString(words));
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            list.add(i);
        }
        Collections.reverse(list);
        System.out.println("reverse " + list);
        Collections.shuffle(list, new Random(8));
        System.out.println("shuffle " + list);
        Collections.sort(list);
        Collections.swap(list, 0, 9);
        Collections.rotate(list, 3);
        System.out.println("swap and rotate " + list + " min " + Collections.min(list) + " max " + Collections.max(list)
                + " max by reverse " + Collections.max(list, Comparator.reverseOrder()));
        Collections.sort(list);
        System.out.println("binarySearch(7) " + Collections.binarySearch(list, 7) + " (11) " + Collections.binarySearch(list, 11)
                + " frequency " + Collections.frequency(List.of(1, 2, 1, 1), 1) + " nCopies " + Collections.nCopies(3, "ab"));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println("boxed reverse " + Arrays.toString(boxed));
        String[] big = new String[500];
        for (int i = 0; i < big.length; i++) {
            big[i] = Integer.toString(r.nextInt(1000), 36);
        }
        Arrays.sort(big, Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println("500 strings sorted: first " + big[0] + " last " + big[499] + " hash " + Arrays.hashCode(big));
    }

    static List<String> names(List<Person> people) {
        List<String> out = new ArrayList<>();
        for (Person p : people) {
            out.add(p.name());
        }
        return out;
    }
}
