package org.eremite.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eremite.vm.classfile.TypeKind;
import org.junit.jupiter.api.Test;

/** Resolution of shapes into types, and the JVMS 5.3.5 checks that make it fail. */
class TypeModelTest {
    private static final int INTERFACE = Access.PUBLIC | Access.INTERFACE | Access.ABSTRACT;

    private static LinkageFailure failure(TypeModel model, String name) {
        return assertThrows(LinkageFailure.class, () -> model.type(name));
    }

    @Test
    void supertypesAreResolvedWithTheType() {
        TypeModel model = ShapeReader.jdkModel();
        JavaType arrayList = model.type("java/util/ArrayList");
        assertEquals("java/util/AbstractList", arrayList.superclass().name());
        assertTrue(arrayList.isClass());
        assertEquals("java/util", arrayList.packageName());
        List<String> direct = new ArrayList<>();
        for (JavaType i : arrayList.interfaces()) {
            direct.add(i.name());
        }
        List<String> expected = new ArrayList<>();
        for (Class<?> i : java.util.ArrayList.class.getInterfaces()) {
            expected.add(i.getName().replace('.', '/'));
        }
        assertEquals(expected, direct);
        List<String> all = new ArrayList<>();
        for (JavaType i : arrayList.allInterfaces()) {
            all.add(i.name());
        }
        assertTrue(all.containsAll(List.of("java/util/List", "java/util/Collection", "java/lang/Iterable",
                "java/util/RandomAccess", "java/lang/Cloneable", "java/io/Serializable")), all.toString());
        assertEquals(all.size(), new java.util.HashSet<>(all).size(), "each interface once");
        assertEquals("java/lang/Object", model.type("java/lang/Runnable").superclass().name());
        assertNull(model.objectType().superclass());
    }

    @Test
    void arrayAndPrimitiveTypesAreNamedAsTheClassFileNamesThem() {
        TypeModel model = ShapeReader.jdkModel();
        JavaType strings = model.type("[[Ljava/lang/String;");
        assertEquals("[[Ljava/lang/String;", strings.name());
        assertEquals(strings.name(), strings.descriptor());
        assertEquals(2, strings.dimensions());
        assertEquals("java/lang/String", strings.elementType().name());
        assertSame(strings, model.type("[Ljava/lang/String;").arrayType());
        assertSame(model.objectType(), strings.superclass());
        assertEquals(List.of(model.type("java/lang/Cloneable"), model.type("java/io/Serializable")), strings.interfaces());
        assertEquals("java.lang.String[][]", strings.javaName());
        assertEquals(String[][].class.getName(), strings.name().replace('/', '.'));
        JavaType ints = model.typeOfDescriptor("[I");
        assertSame(model.primitive(TypeKind.INT), ints.componentType());
        assertEquals("int", ints.componentType().name());
        assertEquals("I", ints.componentType().descriptor());
        assertEquals(TypeKind.REFERENCE, ints.kind());
        assertThrows(IllegalArgumentException.class, () -> model.primitive(TypeKind.VOID));
        assertEquals(LinkageFailure.CLASS_FORMAT,
                failure(model, "[".repeat(256) + "I").javaError(), "at most 255 dimensions");
    }

    @Test
    void missingClassesAreNoClassDefFoundErrorsEveryTime() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("t/A").superName("t/Missing").build());
        LinkageFailure first = failure(model, "t/A");
        assertEquals(LinkageFailure.NO_CLASS_DEF_FOUND, first.javaError());
        assertEquals("t/Missing", first.getMessage());
        assertSame(first, failure(model, "t/A"), "JVMS 5.4.3: a failed resolution fails again with the same error");
    }

    @Test
    void circularHierarchiesAreClassCircularityErrors() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("t/A").superName("t/B").build());
        model.define(ClassShape.builder("t/B").superName("t/A").build());
        model.define(ClassShape.builder("t/I").access(INTERFACE).addInterface("t/J").build());
        model.define(ClassShape.builder("t/J").access(INTERFACE).addInterface("t/I").build());
        assertEquals(LinkageFailure.CLASS_CIRCULARITY, failure(model, "t/A").javaError());
        assertEquals(LinkageFailure.CLASS_CIRCULARITY, failure(model, "t/I").javaError());
    }

    @Test
    void wrongKindsOfSupertypesAreIncompatibleClassChanges() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("t/I").access(INTERFACE).build());
        model.define(ClassShape.builder("t/ExtendsInterface").superName("t/I").build());
        model.define(ClassShape.builder("t/ImplementsClass").addInterface("java/lang/Thread").build());
        model.define(ClassShape.builder("t/F").access(Access.PUBLIC | Access.FINAL).build());
        model.define(ClassShape.builder("t/ExtendsFinal").superName("t/F").build());
        model.define(ClassShape.builder("t/ExtendsString").superName("java/lang/String").build());
        LinkageFailure e = failure(model, "t/ExtendsInterface");
        assertEquals(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, e.javaError());
        assertEquals("class t.ExtendsInterface has interface t.I as super class", e.getMessage());
        assertEquals(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, failure(model, "t/ImplementsClass").javaError());
        e = failure(model, "t/ExtendsFinal");
        assertEquals(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, e.javaError());
        assertEquals("class t.ExtendsFinal cannot inherit from final class t.F", e.getMessage());
        assertEquals(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, failure(model, "t/ExtendsString").javaError());
    }

    @Test
    void overridingAFinalMethodIsAnIncompatibleClassChange() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("p/A").method("f", "()V", Access.PROTECTED | Access.FINAL)
                .method("g", "()V", Access.FINAL).build());
        model.define(ClassShape.builder("q/B").superName("p/A").method("f", "()V", Access.PUBLIC).build());
        model.define(ClassShape.builder("q/C").superName("p/A").method("g", "()V", Access.PUBLIC).build());
        model.define(ClassShape.builder("p/D").superName("q/C").method("g", "()V", Access.PUBLIC).build());
        model.define(ClassShape.builder("q/E").superName("p/A").method("f", "()V", Access.PUBLIC | Access.STATIC)
                .method("g", "()V", Access.PRIVATE).build());
        LinkageFailure e = failure(model, "q/B");
        assertEquals(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, e.javaError());
        assertEquals("class q.B overrides final method p.A.f()V", e.getMessage());
        model.type("q/C"); // g is package-private in p: q.C's g does not override it
        assertEquals(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, failure(model, "p/D").javaError(),
                "p.D's g can override p.A's final g: same package");
        model.type("q/E"); // static and private methods override nothing
    }

    @Test
    void malformedHierarchiesAreClassFormatErrors() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("t/I").access(INTERFACE).superName("java/lang/Thread").build());
        model.define(ClassShape.builder("t/NoSuper").superName(null).build());
        model.define(ClassShape.builder("t/ArraySuper").superName("[I").build());
        assertEquals(LinkageFailure.CLASS_FORMAT, failure(model, "t/I").javaError());
        assertEquals(LinkageFailure.CLASS_FORMAT, failure(model, "t/NoSuper").javaError());
        assertEquals(LinkageFailure.CLASS_FORMAT, failure(model, "t/ArraySuper").javaError());
        LinkageFailure duplicate = assertThrows(LinkageFailure.class,
                () -> model.define(ClassShape.builder("t/I").build()));
        assertEquals(LinkageFailure.LINKAGE, duplicate.javaError());
        assertThrows(IllegalArgumentException.class, () -> ClassShape.builder("[I").build());
    }

    @Test
    void aShapeJoinsOneModelOnly() {
        ClassShape shape = ClassShape.builder("t/A").build();
        TypeModel first = ShapeReader.jdkModel();
        first.define(shape);
        assertSame(first.type("t/A"), shape.type());
        TypeModel second = ShapeReader.jdkModel();
        second.define(shape);
        assertThrows(IllegalStateException.class, () -> second.type("t/A"));
    }
}
