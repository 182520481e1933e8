/**
 * The differential test corpus's harness: every guest program under {@code src/test/resources/corpus/} is
 * compiled into a JAR, run by HotSpot (the oracle) and by each contender, and the contenders' standard output,
 * standard error and exit status must equal HotSpot's.
 *
 * <p>Pieces, one concern each: {@link org.eremite.corpus.CorpusProgram} (what a program is: its sources and
 * arguments), {@link org.eremite.corpus.ProgramJar} (javac into a JAR), {@link org.eremite.corpus.GuestRunner}
 * (a way to run a JAR; {@link org.eremite.corpus.HotSpotRunner} is {@code java -jar} as a child process),
 * {@link org.eremite.corpus.DesugaredProgram} (the image builder's front end on the JAR: desugaring and the
 * closed-world analysis), {@link org.eremite.corpus.Contender} (one column of the table),
 * {@link org.eremite.corpus.StackTraces} (the only normalization) and {@link org.eremite.corpus.ResultTable}.
 *
 * <p>Today the contenders are the desugared JAR on HotSpot. Booting with Eremite is one more
 * {@link org.eremite.corpus.GuestRunner} (pack the JAR, run the image in QEMU, the same {@link
 * org.eremite.corpus.RunResult}) wrapped in one more {@link org.eremite.corpus.Contender} in
 * {@link org.eremite.corpus.CorpusDifferentialTest#contenders}.
 */
package org.eremite.corpus;
