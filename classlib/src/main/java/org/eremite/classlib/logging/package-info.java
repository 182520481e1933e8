/** Substitutions of the JDK's internal logging: platform loggers discard (no logging configuration in the guest). */
package org.eremite.classlib.logging;
