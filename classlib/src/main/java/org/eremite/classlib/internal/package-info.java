/** Substitutions of JDK-internal classes ({@code jdk.internal.*}) that would otherwise widen every closed world. */
package org.eremite.classlib.internal;
