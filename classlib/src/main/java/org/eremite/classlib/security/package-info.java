/** Substitutions of {@code java.security}: no security manager; privileged actions just run. */
package org.eremite.classlib.security;
