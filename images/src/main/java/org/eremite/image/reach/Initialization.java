package org.eremite.image.reach;

/**
 * The initialization of a class (JVMS 5.5), as an element of a reason chain: a static initializer is reachable
 * because its class is initialized, and the class is initialized because of some active use.
 *
 * @param className internal name of the class
 */
public record Initialization(String className) {
    @Override
    public String toString() {
        return "the initialization of " + className.replace('/', '.');
    }
}
