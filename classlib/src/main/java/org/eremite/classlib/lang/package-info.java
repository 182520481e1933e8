/**
 * Substitutions of {@code java.lang}: Object's and System's natives, class objects over hubs, stack traces from
 * the code map, the one main thread, Runtime and Shutdown ending in a power-off, interned strings, float bits.
 * Decisions: {@code System.out}/{@code err} are not made here but copied from the build-time snapshot (their
 * {@code FileOutputStream}s write to the console, see {@code org.eremite.classlib.io}); {@code Runtime.exit} flushes
 * the standard streams and powers off without running shutdown hooks (no threads to run them yet); final natives
 * ({@code Object.getClass}) are bound by the image builder to static methods of {@link
 * org.eremite.classlib.lang.ObjectNatives}, since a substitution class cannot override a final method.
 */
package org.eremite.classlib.lang;
