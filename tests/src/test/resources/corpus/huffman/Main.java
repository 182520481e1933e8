package corpus.huffman;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Huffman coding: character frequencies in a TreeMap, a tree built with a PriorityQueue whose ties are broken by
 * a creation counter (so the code is deterministic), an abstract Node class with Leaf and Branch subclasses, the
 * code table, encoding into a bit string and packing into a byte array, decoding back, and the compression ratio;
 * plus run-length encoding of the bit string. The text to encode can be given as an argument.
 */
public class Main {
    abstract static class Node {
        final long weight;
        final int order;

        Node(long weight, int order) {
            this.weight = weight;
            this.order = order;
        }
    }

    static final class Leaf extends Node {
        final char symbol;

        Leaf(char symbol, long weight, int order) {
            super(weight, order);
            this.symbol = symbol;
        }
    }

    static final class Branch extends Node {
        final Node left, right;

        Branch(Node left, Node right, int order) {
            super(left.weight + right.weight, order);
            this.left = left;
            this.right = right;
        }
    }

    static void codes(Node node, String prefix, Map<Character, String> table) {
        if (node instanceof Leaf leaf) {
            table.put(leaf.symbol, prefix.isEmpty() ? "0" : prefix);
        } else {
            Branch b = (Branch) node;
            codes(b.left, prefix + "0", table);
            codes(b.right, prefix + "1", table);
        }
    }

    static String show(char c) {
        return c == ' ' ? "' '" : c == '\n' ? "\\n" : String.valueOf(c);
    }

    public static void main(String[] args) {
        String text = args.length > 0 ? args[0]
                : "it was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness";
        Map<Character, Long> frequency = new TreeMap<>();
        for (char c : text.toCharArray()) {
            frequency.merge(c, 1L, Long::sum);
        }
        int counter = 0;
        PriorityQueue<Node> queue = new PriorityQueue<>(Comparator.comparingLong((Node nd) -> nd.weight).thenComparingInt(nd -> nd.order));
        for (Map.Entry<Character, Long> e : frequency.entrySet()) {
            queue.add(new Leaf(e.getKey(), e.getValue(), counter++));
        }
        while (queue.size() > 1) {
            Node a = queue.poll();
            Node b = queue.poll();
            queue.add(new Branch(a, b, counter++));
        }
        Node root = queue.poll();
        Map<Character, String> table = new TreeMap<>();
        codes(root, "", table);
        for (Map.Entry<Character, String> e : table.entrySet()) {
            System.out.println(show(e.getKey()) + " x" + frequency.get(e.getKey()) + " -> " + e.getValue());
        }
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) {
            bits.append(table.get(c));
        }
        byte[] packed = new byte[(bits.length() + 7) / 8];
        for (int i = 0; i < bits.length(); i++) {
            if (bits.charAt(i) == '1') {
                packed[i / 8] |= (byte) (0x80 >>> (i % 8));
            }
        }
        StringBuilder decoded = new StringBuilder();
        Node node = root;
        for (int i = 0; i < bits.length(); i++) {
            boolean one = (packed[i / 8] & (0x80 >>> (i % 8))) != 0;
            if (node instanceof Branch b) {
                node = one ? b.right : b.left;
            }
            if (node instanceof Leaf leaf) {
                decoded.append(leaf.symbol);
                node = root;
            }
        }
        System.out.println("bits " + bits.length() + ", bytes " + packed.length + " vs " + text.length() + ", ratio "
                + String.format(java.util.Locale.ROOT, "%.3f", packed.length / (double) text.length()) + ", round trip "
                + decoded.toString().equals(text));
        System.out.println("first bytes " + java.util.Arrays.toString(java.util.Arrays.copyOf(packed, Math.min(8, packed.length))));
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < Math.min(bits.length(), 64); ) {
            int j = i;
            while (j < bits.length() && bits.charAt(j) == bits.charAt(i)) {
                j++;
            }
            runs.add((j - i) + "" + bits.charAt(i));
            i = j;
        }
        System.out.println("run lengths of the first bits " + String.join(" ", runs));
    }
}
