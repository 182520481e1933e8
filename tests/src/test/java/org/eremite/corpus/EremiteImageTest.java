package org.eremite.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one normalization of Eremite's standard error in the corpus: the dispatcher's frame is not the program's. */
class EremiteImageTest {
    @Test
    void theDispatcherFrameAndItsShareOfCausedByCountsDisappear() {
        String trace = "Exception in thread \"main\" java.lang.IllegalStateException: outer\n"
                + "\tat corpus.x.Main.run(Main.java:9)\n"
                + "\tat corpus.x.Main.main(Main.java:4)\n"
                + "\tat corpus.Dispatcher.main(Dispatcher.java:83)\n"
                + "Caused by: java.lang.IllegalArgumentException: inner\n"
                + "\tat corpus.x.Main.parse(Main.java:14)\n"
                + "\t... 3 more\n"
                + "Caused by: java.lang.RuntimeException\n"
                + "\t... 1 more\n"
                + "\tSuppressed: java.lang.Exception\n"
                + "\t\t... 4 more\n";
        assertEquals("Exception in thread \"main\" java.lang.IllegalStateException: outer\n"
                + "\tat corpus.x.Main.run(Main.java:9)\n"
                + "\tat corpus.x.Main.main(Main.java:4)\n"
                + "Caused by: java.lang.IllegalArgumentException: inner\n"
                + "\tat corpus.x.Main.parse(Main.java:14)\n"
                + "\t... 2 more\n"
                + "Caused by: java.lang.RuntimeException\n"
                + "\tSuppressed: java.lang.Exception\n"
                + "\t\t... 3 more\n", EremiteImage.withoutDispatcherFrame(trace));
        assertEquals("plain\n\nlines\n", EremiteImage.withoutDispatcherFrame("plain\n\nlines\n"));
    }
}
