package org.eremite.vm.object;

/**
 * Where a {@link TypeModel} finds the shape of a class it has not been given yet: the class path of the image
 * builder, or the run-time class loader on the target. This is the model's only way to load a class lazily.
 */
public interface ShapeSource {
    /** The shape of the class or interface with this internal name, or null if there is none. */
    ClassShape find(String internalName);
}
