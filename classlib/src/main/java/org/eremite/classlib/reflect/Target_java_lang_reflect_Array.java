package org.eremite.classlib.reflect;

import org.eremite.classlib.lang.Mirrors;
import org.eremite.vm.annotation.Inject;
import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.runtime.Heap;
import org.eremite.vm.runtime.Hub;
import org.eremite.vm.runtime.TypeChecks;

/**
 * Arrays made and measured by class object. An array class is created only if the image has it (its hub is made
 * at build time): the closed world holds every array type that code names, and the arrays that {@code Arrays.copyOf}
 * and the collections make are of types that already exist.
 */
@TargetClass("java.lang.reflect.Array")
final class Target_java_lang_reflect_Array {
    @Substitute
    private static Object newArray(Class<?> componentType, int length) {
        return allocate(Mirrors.hubOf(componentType), length);
    }

    @Substitute
    private static Object multiNewArray(Class<?> componentType, int[] dimensions) {
        if (dimensions.length == 0) {
            throw new IllegalArgumentException("Empty dimensions array");
        }
        for (int d : dimensions) {
            if (d < 0) {
                throw new NegativeArraySizeException(Integer.toString(d));
            }
        }
        Hub element = Mirrors.hubOf(componentType);
        Hub[] levels = new Hub[dimensions.length];
        Hub h = element;
        for (int i = dimensions.length - 1; i >= 0; i--) {
            levels[i] = h;
            h = arrayOf(h);
        }
        return build(levels, dimensions, 0);
    }

    @Inject
    private static Object build(Hub[] levels, int[] dimensions, int level) {
        Object array = allocate(levels[level], dimensions[level]);
        if (level + 1 < dimensions.length) {
            Object[] rows = (Object[]) array;
            for (int i = 0; i < rows.length; i++) {
                rows[i] = build(levels, dimensions, level + 1);
            }
        }
        return array;
    }

    @Substitute
    public static int getLength(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        if ((TypeChecks.hubOf(array).flags & Hub.ARRAY) == 0) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        return Magic.loadInt(Magic.addressOf(array) + ObjectLayout.ARRAY_LENGTH_OFFSET);
    }

    @Inject
    private static Object allocate(Hub component, int length) {
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        return Heap.allocateArray(arrayOf(component), length);
    }

    @Inject
    private static Hub arrayOf(Hub component) {
        if (component.name.equals("void")) {
            throw new IllegalArgumentException();
        }
        Hub array = component.arrayHub;
        if (array == null) {
            throw new UnsupportedOperationException("the image has no array class of " + component.name
                    + " (Eremite creates array classes at build time only)");
        }
        return array;
    }
}
