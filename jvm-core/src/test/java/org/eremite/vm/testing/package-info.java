/**
 * Test support shared by jvm-core's tests and, through the test-jar, by the ISA modules: the build JDK's
 * class files as oracle input. Test code only.
 */
package org.eremite.vm.testing;
