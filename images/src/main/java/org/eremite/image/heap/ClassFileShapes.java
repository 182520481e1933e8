package org.eremite.image.heap;

import java.util.ArrayList;
import java.util.List;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.FieldInfo;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.object.ClassShape;
import org.eremite.vm.object.FieldShape;
import org.eremite.vm.object.MethodShape;
import org.eremite.vm.object.ShapeSource;

/**
 * Guest class shapes made from class files with the VM's own parser, so that the boot heap's layouts are the
 * ones the guest computes, not whatever host reflection suggests. The heap writer compares each shape with the
 * host class it copies from and reports any difference.
 */
public final class ClassFileShapes implements ShapeSource {
    private final ClassBytes bytes;

    public ClassFileShapes(ClassBytes bytes) {
        this.bytes = bytes;
    }

    /** The build JDK's classes (jrt:), then the class files visible to {@code loader}. */
    public static ClassFileShapes jdkAnd(ClassLoader loader) {
        return new ClassFileShapes(ClassBytes.jrt().orElse(ClassBytes.resources(loader)));
    }

    @Override
    public ClassShape find(String internalName) {
        byte[] b = bytes.find(internalName);
        return b == null ? null : shapeOf(ClassFileParser.parse(b, internalName + ".class"));
    }

    /**
     * The object model's view of a parsed class file: names, flags, fields (with their ConstantValue) and methods,
     * unchanged.
     */
    public static ClassShape shapeOf(ClassFile cf) {
        List<FieldShape> fields = new ArrayList<>();
        for (FieldInfo f : cf.fields()) {
            fields.add(new FieldShape(f.name(), f.descriptor(), f.accessFlags(), f.constantValue()));
        }
        List<MethodShape> methods = new ArrayList<>();
        for (MethodInfo m : cf.methods()) {
            methods.add(new MethodShape(m.name(), m.descriptor(), m.accessFlags()));
        }
        return new ClassShape(cf.thisClass(), cf.superClass(), cf.interfaces(), cf.accessFlags(), fields, methods);
    }
}
