/**
 * The image builder and the {@code eremite} command line: everything that runs on the host to turn a
 * JAR into a bootable ELF image and to run that image in QEMU.
 *
 * <p>The builder's front, in pipeline order (DESIGN.md, "The pipeline"): {@code classpath} reads the
 * application and {@code java.base}; {@code desugar} removes every {@code invokedynamic}; {@code reach} computes
 * the closed world; {@code build} runs these phases and prints the build report. Failures that are the
 * application's (a missing class, unsupported bytecode) are {@link org.eremite.image.ImageBuildException}s whose
 * message names class, method and bytecode offset.
 */
package org.eremite.image;
