package org.eremite.jit.x86_64.baseline;

/** Methods whose compiled tables {@link CompiledTablesTest} checks; compiled by javac with the tests. */
final class TablesSubject {
    private int field;

    private TablesSubject() {
    }

    static int guarded(int[] values, int index) {
        int sum = 0;
        try {
            sum = values[index];
        } catch (ArrayIndexOutOfBoundsException e) {
            sum = -1;
        }
        return sum;
    }

    static String keep(String text, int count) {
        Object kept = text;
        long ignored = count;
        consume(count);
        return (String) kept;
    }

    static void consume(int count) {
    }

    int read() {
        return field;
    }
}
