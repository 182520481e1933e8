/** Substitutions of {@code jdk.internal.reflect}: what the VM answers about callers. */
package org.eremite.classlib.reflect;
