/** {@code eremite pack} used as a user uses it (through {@code bin/eremite}): its refusals of bad input. */
package org.eremite.pack;
