/**
 * The closed world: which classes, methods and fields of the desugared program can run in the image, found by
 * rapid type analysis (RTA) from the roots ({@link org.eremite.image.reach.ReachabilityAnalysis}, result
 * {@link org.eremite.image.reach.ClosedWorld}).
 *
 * <p>Decisions:
 * <ul>
 *   <li>RTA, not plain class-hierarchy analysis: a virtual or interface call reaches only the implementations in
 *       classes that are instantiated (allocated by reachable code, or declared by the caller: VM-made objects and
 *       later the build-time heap snapshot). Selection follows JVMS 5.4.6, default methods and package-private
 *       overriding included.</li>
 *   <li>Class initialization follows JVMS 5.5 (new, static field access, static call, superclass, superinterfaces
 *       with default methods, the main class). A predicate from the caller names the classes initialized at build
 *       time: they count as initialized but their static initializers are not followed.</li>
 *   <li>Every element keeps the first reason found for it, and reasons point at the element that caused them, so
 *       {@link org.eremite.image.reach.ClosedWorld#why} prints a chain back to a root (for errors and a later
 *       {@code --trace}).</li>
 *   <li>A class that is referenced by reachable code but exists nowhere fails the analysis with the class, the
 *       referring method and bytecode offset, and the referrer's reason chain (unless the request allows missing
 *       classes). A missing method or field is only recorded: at run time it is a NoSuchMethodError, as on
 *       HotSpot.</li>
 *   <li>Reflection, {@code Class.forName}, services and method handles are invisible to the analysis; later phases
 *       add what they need as roots and instantiated types. Reachable signature-polymorphic calls in the JDK are
 *       listed for the substitutions that must replace them.</li>
 *   <li>The analysis is incremental (add roots or instantiated types, run again), because the heap snapshot and
 *       the analysis feed each other.</li>
 * </ul>
 * This package reads the program; it changes nothing in it.
 */
package org.eremite.image.reach;
