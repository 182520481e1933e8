/**
 * The {@code eremite} command line ({@code bin/eremite}): {@code pack}, {@code run}, {@code demo}, and the hidden
 * diagnostic {@code analyze} (the front of the image builder on a JAR). Each subcommand is a small class; errors
 * in the user's input are reported as one line naming what is wrong and exit with status 2, build failures
 * (an {@link org.eremite.image.ImageBuildException}) as one line with status 1, never as a stack trace of the tool.
 */
package org.eremite.image.cli;
