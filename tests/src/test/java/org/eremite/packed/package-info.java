/**
 * Whole programs packed into images as a user packs them ({@code bin/eremite pack}, in a child process, so with the
 * JVM flags the image builder needs) and booted in QEMU: their standard output, standard error and exit status
 * against HotSpot's ({@code java -jar}), plus what Eremite promises beyond HotSpot. The programs come from the
 * corpus ({@code src/test/resources/corpus/}). The module's package phase must have run: {@code bin/eremite} runs
 * the images module's JAR.
 */
package org.eremite.packed;
