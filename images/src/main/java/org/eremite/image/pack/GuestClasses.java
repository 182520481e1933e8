package org.eremite.image.pack;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.desugar.ClassWriting;
import org.eremite.image.desugar.DesugaredClasses;
import org.eremite.image.heap.ClassBytes;
import org.eremite.image.heap.ClassFileShapes;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.object.ClassShape;
import org.eremite.vm.object.ShapeSource;
import org.eremite.vm.object.TypeModel;

/**
 * The guest's classes as the back end sees them: the desugared and substituted ASM trees of the front end,
 * written back to class files and parsed by the VM's own parser (what the compiler and the object model read), and
 * the one {@link TypeModel} of the image over them.
 */
final class GuestClasses {
    private final DesugaredClasses classes;
    private final Map<String, byte[]> bytes = new HashMap<>();
    private final Map<String, ClassFile> files = new HashMap<>();
    final TypeModel model;

    GuestClasses(DesugaredClasses classes) {
        this.classes = classes;
        this.model = new TypeModel((ShapeSource) name -> {
            byte[] b = bytes(name);
            return b == null ? null : ClassFileShapes.shapeOf(classFile(name));
        });
    }

    Optional<ParsedClass> parsed(String internalName) {
        return classes.find(internalName);
    }

    /** The class file bytes of a guest class, or null. */
    byte[] bytes(String internalName) {
        String name = internalName.replace('.', '/');
        byte[] b = bytes.get(name);
        if (b == null) {
            Optional<ParsedClass> parsed = classes.find(name);
            if (parsed.isEmpty()) {
                return null;
            }
            b = ClassWriting.toBytes(parsed.get().node());
            bytes.put(name, b);
        }
        return b;
    }

    /** The class file of a guest class, parsed by the VM's parser; null if there is no such class. */
    ClassFile classFile(String internalName) {
        ClassFile file = files.get(internalName);
        if (file == null) {
            byte[] b = bytes(internalName);
            if (b == null) {
                return null;
            }
            file = ClassFileParser.parse(b, internalName + ".class");
            files.put(internalName, file);
        }
        return file;
    }

    /** Forgets the class file of a class whose tree the builder changed (it is written and parsed again). */
    void changed(String internalName) {
        bytes.remove(internalName);
        files.remove(internalName);
    }

    /** As the heap writer reads class files. */
    ClassBytes classBytes() {
        return this::bytes;
    }
}
