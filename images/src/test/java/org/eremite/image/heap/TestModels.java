package org.eremite.image.heap;

import java.util.Map;
import org.eremite.vm.object.ClassShape;
import org.eremite.vm.object.ShapeSource;
import org.eremite.vm.object.TypeModel;

/** Guest models for the tests: java.base from jrt: plus the test classes, optionally with hand-made shapes. */
final class TestModels {
    private TestModels() {
    }

    static ShapeSource jdkAndTests() {
        return ClassFileShapes.jdkAnd(TestModels.class.getClassLoader());
    }

    static TypeModel guest() {
        return new TypeModel(jdkAndTests());
    }

    /** The guest model where the named classes (internal names) have the given shapes instead of their own. */
    static TypeModel guestWith(Map<String, ClassShape> replaced) {
        ShapeSource base = jdkAndTests();
        return new TypeModel(name -> replaced.containsKey(name) ? replaced.get(name) : base.find(name));
    }
}
