/**
 * Benchmarks: programs that print figures (throughput, medians of wall times) and assert nothing.
 * Run with {@code make bench}. Figures from these shared machines are noisy: report medians or ratios
 * from one run.
 */
package org.eremite.bench;
