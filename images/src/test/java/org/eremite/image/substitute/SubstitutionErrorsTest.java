package org.eremite.image.substitute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eremite.image.classpath.ClassFile;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.VmClasses;
import org.eremite.image.testing.JavaSources;
import org.eremite.vm.annotation.TargetClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a substitution can fail to fit its target, each with a message naming substitution, target and member. */
class SubstitutionErrorsTest {
    private static final String IMPORTS = "package errs;\nimport org.eremite.vm.annotation.*;\n";

    @TempDir
    static Path dir;
    private static VmClasses classes;

    /** The targets, and one substitution class per case, compiled once. */
    @BeforeAll
    static void compile() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("errs/Widget.java", "package errs;\n"
                + "public class Widget extends Number {\n"
                + "  private int size;\n"
                + "  static int count;\n"
                + "  public Widget() { }\n"
                + "  public native int area(int scale);\n"
                + "  public static native int total();\n"
                + "  int size() { return size; }\n"
                + "  public int intValue() { return 0; } public long longValue() { return 0; }\n"
                + "  public float floatValue() { return 0; } public double doubleValue() { return 0; }\n"
                + "}\n");
        sources.put("errs/Shape.java", "package errs;\n"
                + "public abstract class Shape { abstract double area(); }\n");
        sources.put("errs/Named.java", "package errs;\n"
                + "public interface Named { String name(); }\n");
        substitution(sources, "MissingMethod", "Widget", "@Substitute public int area(long scale) { return 1; }");
        substitution(sources, "StaticMismatch", "Widget", "@Substitute public int total() { return 1; }");
        substitution(sources, "MissingAliasField", "Widget", "@Alias private int width;");
        substitution(sources, "AliasFieldType", "Widget", "@Alias private long size;");
        substitution(sources, "AliasStaticField", "Widget", "@Alias int count;");
        substitution(sources, "MissingAliasMethod", "Widget", "@Alias native int size(int x);");
        substitution(sources, "InjectExistingField", "Widget", "@Inject private String size;");
        substitution(sources, "InjectExistingMethod", "Widget", "@Inject int size() { return 2; }");
        substitution(sources, "Unannotated", "Widget", "int helper() { return 3; }");
        substitution(sources, "UnannotatedField", "Widget", "int extra;");
        substitution(sources, "StaticInitializer", "Widget", "@Inject static int cache = 7;");
        substitution(sources, "TwoMarkers", "Widget", "@Substitute @Inject public int area(int scale) { return 1; }");
        substitution(sources, "First", "Widget", "@Substitute public int area(int scale) { return 1; }");
        substitution(sources, "Second", "Widget", "@Substitute public int area(int scale) { return 2; }");
        substitution(sources, "Nowhere", "NoSuchWidget", "@Substitute public int area(int scale) { return 1; }");
        substitution(sources, "AbstractTarget", "Shape", "@Substitute double area() { return 1; }");
        substitution(sources, "NotAnInterface", "Named", "@Substitute public String name() { return \"\"; }");
        substitution(sources, "ConstructorSuper", "Widget", "@Substitute public Target_ConstructorSuper() { }");
        sources.put("errs/Target_AddsInterface.java", IMPORTS
                + "@TargetClass(\"errs.Widget\") final class Target_AddsInterface implements Runnable {\n"
                + "  @Substitute public void run() { }\n"
                + "}\n");
        sources.put("errs/Target_Slashes.java", IMPORTS
                + "@TargetClass(\"errs/Widget\") final class Target_Slashes { }\n");
        Path out = Files.createDirectories(dir.resolve("classes"));
        String annotations = Path.of(TargetClass.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        JavaSources.compile(sources, out, "-cp", annotations);
        classes = new VmClasses(List.of(out), List.of("errs/"));
    }

    private static void substitution(Map<String, String> sources, String name, String target, String members) {
        sources.put("errs/Target_" + name + ".java", IMPORTS
                + "@TargetClass(\"errs." + target + "\") final class Target_" + name + " {\n  " + members + "\n}\n");
    }

    private static ClassFile file(String simpleName) {
        String name = "errs/" + simpleName;
        return new ClassFile(name, classes.read(name).orElseThrow(), classes);
    }

    private static Substitutions substitutions(String... names) {
        List<ClassFile> files = new ArrayList<>();
        for (String name : names) {
            files.add(file("Target_" + name));
        }
        return Substitutions.of(files);
    }

    /** The message of merging these substitutions into {@code target}. */
    private static String mergeError(String target, String... substitutions) {
        Substitutions set = substitutions(substitutions);
        return assertThrows(SubstitutionException.class, () -> set.parse(file(target), false)).getMessage();
    }

    @Test
    void aSubstitutedMethodMustExistInTheTarget() {
        assertEquals("substitution errs.Target_MissingMethod of errs.Widget: @Substitute method int area(long) has no "
                + "counterpart in the target (the target has method int area(int))",
                mergeError("Widget", "MissingMethod"));
    }

    @Test
    void staticnessMustMatch() {
        assertEquals("substitution errs.Target_StaticMismatch of errs.Widget: @Substitute method int total() is not "
                + "static but the target's is static", mergeError("Widget", "StaticMismatch"));
        assertEquals("substitution errs.Target_AliasStaticField of errs.Widget: @Alias field count (int) is not static "
                + "but the target's is static", mergeError("Widget", "AliasStaticField"));
    }

    @Test
    void anAliasMustExistWithTheSameType() {
        assertEquals("substitution errs.Target_MissingAliasField of errs.Widget: @Alias field width (int) has no "
                + "counterpart: the target has no field width", mergeError("Widget", "MissingAliasField"));
        assertEquals("substitution errs.Target_AliasFieldType of errs.Widget: @Alias field size (long) does not match "
                + "the target's field size (int): the types must be the same", mergeError("Widget", "AliasFieldType"));
        assertEquals("substitution errs.Target_MissingAliasMethod of errs.Widget: @Alias method int size(int) has no "
                + "counterpart in the target (the target has method int size())",
                mergeError("Widget", "MissingAliasMethod"));
    }

    @Test
    void anInjectedMemberMustBeNew() {
        assertEquals("substitution errs.Target_InjectExistingField of errs.Widget: @Inject field size "
                + "(java.lang.String) clashes with the target's field size (int): use @Alias to refer to it, or choose "
                + "another name", mergeError("Widget", "InjectExistingField"));
        assertEquals("substitution errs.Target_InjectExistingMethod of errs.Widget: @Inject method int size() clashes "
                + "with the target's method of the same name and descriptor: use @Substitute to replace it or @Alias "
                + "to call it", mergeError("Widget", "InjectExistingMethod"));
    }

    @Test
    void unannotatedMembersAreRefusedByName() {
        assertEquals("substitution errs.Target_Unannotated of errs.Widget: method int helper() is not annotated: "
                + "annotate it with @Substitute, @Alias or @Inject", mergeError("Widget", "Unannotated"));
        assertEquals("substitution errs.Target_UnannotatedField of errs.Widget: field extra (int) is not annotated: "
                + "annotate it with @Alias or @Inject", mergeError("Widget", "UnannotatedField"));
    }

    @Test
    void aStaticInitializerIsRefused() {
        assertEquals("substitution errs.Target_StaticInitializer of errs.Widget: it has a static initializer, which a "
                + "substitution cannot contribute (the target's own runs): give injected static fields no "
                + "initializer, or a constant value, and remove static blocks",
                mergeError("Widget", "StaticInitializer"));
    }

    @Test
    void aMemberHasOneMarker() {
        assertEquals("substitution errs.Target_TwoMarkers of errs.Widget: method int area(int) carries both "
                + "@Substitute and @Inject: choose one", mergeError("Widget", "TwoMarkers"));
    }

    @Test
    void aMethodIsSubstitutedOnce() {
        assertEquals("substitution errs.Target_Second of errs.Widget: @Substitute method int area(int): the target's "
                + "method is already substituted by errs.Target_First", mergeError("Widget", "First", "Second"));
    }

    @Test
    void anAbstractMethodHasNoBodyToReplace() {
        assertEquals("substitution errs.Target_AbstractTarget of errs.Shape: @Substitute method double area(): the "
                + "target's method is abstract; there is no body to replace", mergeError("Shape", "AbstractTarget"));
    }

    @Test
    void theSubstitutionMustBeOfTheTargetsKindAndSupertypes() {
        assertEquals("substitution errs.Target_NotAnInterface of errs.Named: the target is an interface, so the "
                + "substitution must be one too", mergeError("Named", "NotAnInterface"));
        assertEquals("substitution errs.Target_AddsInterface of errs.Widget: it implements java.lang.Runnable, which "
                + "the target does not: a substitution cannot change the target's supertypes",
                mergeError("Widget", "AddsInterface"));
        assertEquals("substitution errs.Target_ConstructorSuper of errs.Widget: @Substitute constructor (): a "
                + "substitution with constructors must extend the target's superclass java.lang.Number (it extends "
                + "java.lang.Object), whose constructor they call", mergeError("Widget", "ConstructorSuper"));
    }

    @Test
    void theTargetMustExist() {
        JdkImage jdk = JdkImage.ofBuildJdk();
        ClassPath classPath = new ClassPath(List.of(classes, jdk.javaBase()), jdk);
        Substitutions set = substitutions("Nowhere");
        assertEquals("substitution errs.Target_Nowhere of errs.NoSuchWidget: the target does not exist: class "
                + "errs.NoSuchWidget is not on the class path (searched the VM's classes, java.base)",
                assertThrows(SubstitutionException.class, () -> set.checkTargets(classPath)).getMessage());
    }

    @Test
    void theTargetIsABinaryName() {
        assertEquals("substitution errs.Target_Slashes: @TargetClass(\"errs/Widget\") is not a binary class name "
                + "(write java.lang.Object, or java.util.Map$Entry for a nested class)",
                assertThrows(SubstitutionException.class, () -> substitutions("Slashes")).getMessage());
    }
}
