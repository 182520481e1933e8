/**
 * The image builder and the {@code eremite} command line: everything that runs on the host to turn a
 * JAR into a bootable ELF image and to run that image in QEMU.
 */
package org.eremite.image;
