/**
 * Test support shared by the three ISA modules: GNU binutils as the reference for encodings.
 * Published as jvm-core's test-jar. A missing tool fails the test with the command that installs it;
 * it never skips.
 */
package org.eremite.vm.asm.testing;
