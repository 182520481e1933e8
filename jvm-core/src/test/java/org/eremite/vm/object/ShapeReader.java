package org.eremite.vm.object;

import org.eremite.vm.testing.JdkClassFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Test-side stand-in for the image builder: turns class files into {@link ClassShape}s with ASM, and makes
 * {@link TypeModel}s over the JDK's class files (plus, optionally, a directory of compiled test classes).
 */
final class ShapeReader {
    private ShapeReader() {
    }

    /** A fresh shape (shapes join one model each) from class-file bytes. */
    static ClassShape shapeOf(byte[] classFile) {
        Collector c = new Collector();
        new ClassReader(classFile).accept(c, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new ClassShape(c.name, c.superName, c.interfaces, c.access, c.fields, c.methods);
    }

    /** A model over the JDK's class files. */
    static TypeModel jdkModel() {
        return new TypeModel(name -> {
            byte[] bytes = JdkClassFiles.read(name);
            return bytes == null ? null : shapeOf(bytes);
        });
    }

    /** A model over a directory of class files first, then the JDK's. */
    static TypeModel modelWith(Path classDir) {
        return new TypeModel(name -> {
            Path file = classDir.resolve(name + ".class");
            if (Files.exists(file)) {
                try {
                    return shapeOf(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            byte[] bytes = JdkClassFiles.read(name);
            return bytes == null ? null : shapeOf(bytes);
        });
    }

    private static final class Collector extends ClassVisitor {
        String name;
        String superName;
        List<String> interfaces;
        int access;
        final List<FieldShape> fields = new ArrayList<>();
        final List<MethodShape> methods = new ArrayList<>();

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            this.name = name;
            this.superName = superName;
            this.interfaces = Arrays.asList(interfaces);
            this.access = access & 0xFFFF;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            fields.add(new FieldShape(name, descriptor, access & 0xFFFF));
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            methods.add(new MethodShape(name, descriptor, access & 0xFFFF));
            return null;
        }
    }
}
