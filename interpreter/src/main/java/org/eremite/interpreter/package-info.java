/**
 * Tier 0: a bytecode interpreter written in Java, for classes loaded at run time that the closed
 * world did not compile. Not yet written: the module exists so that the reactor has the layout of
 * DESIGN.md and the dependency arrows are fixed from the start.
 */
package org.eremite.interpreter;
