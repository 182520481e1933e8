/**
 * The {@code eremite} command line ({@code bin/eremite}): {@code pack}, {@code run}, {@code demo}. Each
 * subcommand is a small class; errors in the user's input are reported as one line naming what is wrong
 * and exit with status 2, never as a stack trace of the tool.
 */
package org.eremite.image.cli;
