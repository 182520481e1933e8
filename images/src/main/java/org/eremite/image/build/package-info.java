/**
 * The image builder's pipeline and its report: the phases run in order (read, desugar, analyze; compile, lay out
 * and link come later), each timed and counted by {@link org.eremite.image.build.BuildReport} in the manner of
 * GraalVM Native Image's build output. {@link org.eremite.image.build.FrontEnd} runs the phases that exist today.
 */
package org.eremite.image.build;
