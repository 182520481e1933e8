package org.eremite.image.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eremite.vm.object.ClassShape;
import org.eremite.vm.object.FieldShape;
import org.eremite.vm.object.MethodShape;
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

    /**
     * The shape of a class of the test's guest model (java.base or the test classes), with the fields
     * {@code keep} accepts and {@code extra} added after them: a substitution's effect on a class, by hand.
     */
    static ClassShape reshaped(String internalName, Predicate<FieldShape> keep, List<FieldShape> extra) {
        ClassShape s = jdkAndTests().find(internalName);
        List<FieldShape> fields = new ArrayList<>();
        for (FieldShape f : s.fields()) {
            if (keep.test(f)) {
                fields.add(new FieldShape(f.name(), f.descriptor(), f.access(), f.constantValue()));
            }
        }
        fields.addAll(extra);
        List<MethodShape> methods = new ArrayList<>();
        for (MethodShape m : s.methods()) {
            methods.add(new MethodShape(m.name(), m.descriptor(), m.access()));
        }
        return new ClassShape(s.name(), s.superName(), s.interfaceNames(), s.access(), fields, methods);
    }

    /** The guest model where the named classes (internal names) have the given shapes instead of their own. */
    static TypeModel guestWith(Map<String, ClassShape> replaced) {
        ShapeSource base = jdkAndTests();
        return new TypeModel(name -> replaced.containsKey(name) ? replaced.get(name) : base.find(name));
    }
}
