package org.eremite.vm.object;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-written hierarchies for the corners of JVMS 5.4.5 and 5.4.6, each compiled by javac (in stages where
 * the hierarchy cannot come from one compilation), run on HotSpot, and predicted by selection and by the
 * vtable or itable slot the compiled call would use. The expected outcome of every call is written from the
 * JVMS rules; both HotSpot and Eremite must produce it.
 */
class DispatchScenarioTest {
    @TempDir
    Path dir;

    private static String cls(String pkg, String decl) {
        return "package " + pkg + ";\n" + decl + "\n";
    }

    /** A driver {@code pkg.name#run(Object)} that casts to {@code type} and calls {@code call}. */
    private static String[] driver(String pkg, String name, String type, String call) {
        return new String[] {pkg + "/" + name + ".java", cls(pkg, "public class " + name
                + " { public static String run(Object o) { return ((" + type + ") o)." + call + "; } }")};
    }

    private static String[] concat(String[]... parts) {
        int n = 0;
        for (String[] p : parts) {
            n += p.length;
        }
        String[] all = new String[n];
        int i = 0;
        for (String[] p : parts) {
            System.arraycopy(p, 0, all, i, p.length);
            i += p.length;
        }
        return all;
    }

    private static String[] src(String path, String pkg, String decl) {
        return new String[] {path, cls(pkg, decl)};
    }

    /** JVMS 5.4.5: a package-private method is overridden only from its own run-time package. */
    @Test
    void packagePrivateMethodsAreNotOverriddenAcrossPackages() {
        new JavacScenario(dir).stage(concat(
                src("p/A.java", "p", "public class A { String m() { return \"p.A.m\"; } }"),
                src("q/B.java", "q", "public class B extends p.A { public String m() { return \"q.B.m\"; } }"),
                src("p/C.java", "p", "public class C extends q.B { public String m() { return \"p.C.m\"; } }"),
                driver("p", "CallA", "A", "m()"),
                driver("q", "CallB", "B", "m()")))
            .expect("p.CallA#run <- p.A = p.A.m",
                    "p.CallA#run <- q.B = p.A.m",
                    "p.CallA#run <- p.C = p.C.m",
                    "q.CallB#run <- q.B = q.B.m",
                    "q.CallB#run <- p.C = p.C.m");
    }

    /** JVMS 5.4.5 (b): overriding is transitive through a public method of the same package. */
    @Test
    void overridingIsTransitiveThroughAPublicOverrider() {
        new JavacScenario(dir).stage(concat(
                src("p/A.java", "p", "public class A { String m() { return \"p.A.m\"; } }"),
                src("p/B.java", "p", "public class B extends A { public String m() { return \"p.B.m\"; } }"),
                src("q/C.java", "q", "public class C extends p.B { public String m() { return \"q.C.m\"; } }"),
                src("q/D.java", "q", "public class D extends p.B { }"),
                driver("p", "CallA", "A", "m()")))
            .expect("p.CallA#run <- p.B = p.B.m",
                    "p.CallA#run <- q.C = q.C.m",
                    "p.CallA#run <- q.D = p.B.m");
    }

    /**
     * A package-private method that overrides a protected one roots its own slot: an overrider in another
     * package overrides the protected method but not the package-private one.
     */
    @Test
    void packagePrivateOverriderOfAProtectedMethodKeepsItsOwnOverriders() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/A.java", "p", "public class A { String m() { return \"p.A.m\"; } }"),
                src("p/B.java", "p", "public class B extends A { String m() { return \"p.B.m\"; } }")))
            .stage(concat(
                src("p/A.java", "p", "public class A { protected String m() { return \"p.A.m\"; } }"),
                src("q/X.java", "q", "public class X extends p.B { public String m() { return \"q.X.m\"; } }"),
                driver("p", "CallA", "A", "m()"),
                driver("p", "CallB", "B", "m()")))
            .expect("p.CallA#run <- p.B = p.B.m",
                    "p.CallA#run <- q.X = q.X.m",
                    "p.CallB#run <- q.X = p.B.m",
                    "p.CallB#run <- p.B = p.B.m");
    }

    /**
     * JVMS 6.5 invokeinterface and invokevirtual: two maximally-specific defaults are a conflict,
     * IncompatibleClassChangeError. HotSpot 17 throws AbstractMethodError for the invokeinterface (its itable
     * skips the conflict's overpass method): bug JDK-8356942, fixed upstream in 2025. Eremite follows the JVMS.
     */
    @Test
    void conflictingDefaultMethodsThrowIncompatibleClassChangeError() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/I.java", "p", "public interface I { default String m() { return \"p.I.m\"; } }"),
                src("p/J.java", "p", "public interface J { }"),
                src("p/C.java", "p", "public class C implements I, J { }"),
                src("p/D.java", "p", "public class D implements I, J { public String m() { return \"p.D.m\"; } }"),
                driver("p", "CallI", "I", "m()"),
                driver("p", "CallC", "C", "m()")))
            .stage(src("p/J.java", "p", "public interface J { default String m() { return \"p.J.m\"; } }"))
            .expect("p.CallC#run <- p.C = !IncompatibleClassChangeError",
                    "p.CallI#run <- p.D = p.D.m")
            .expectHotSpotBug("p.CallI#run <- p.C = !IncompatibleClassChangeError", "!AbstractMethodError",
                    "JDK-8356942");
    }

    /**
     * JVMS 5.4.3.3: a default in a subinterface shadows its superinterface's; an abstract re-declaration is
     * maximally specific too but is not a candidate for selection, and alone it means AbstractMethodError.
     */
    @Test
    void theMostSpecificDefaultIsSelectedAndReabstractionIsAnError() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/I.java", "p", "public interface I { default String m() { return \"p.I.m\"; } }"),
                src("p/J.java", "p", "public interface J extends I { default String m() { return \"p.J.m\"; } }"),
                src("p/K.java", "p", "public interface K extends I { }"),
                src("p/L.java", "p", "public interface L extends J { }"),
                src("p/M.java", "p", "public interface M extends L { default String m() { return \"p.M.m\"; } }"),
                src("p/C.java", "p", "public class C implements I, J { }"),
                src("p/D.java", "p", "public class D implements J, K { }"),
                src("p/E.java", "p", "public class E implements K { }"),
                src("p/F.java", "p", "public class F implements L, M { }"),
                driver("p", "CallI", "I", "m()")))
            .stage(src("p/K.java", "p", "public interface K extends I { String m(); }"))
            .expect("p.CallI#run <- p.C = p.J.m",
                    "p.CallI#run <- p.D = p.J.m",
                    "p.CallI#run <- p.E = !AbstractMethodError",
                    "p.CallI#run <- p.F = p.M.m");
    }

    /** JVMS 5.4.6 step 2 finds an abstract class method before any default: AbstractMethodError. */
    @Test
    void anAbstractClassMethodHidesADefault() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/I.java", "p", "public interface I { default String m() { return \"p.I.m\"; } }"),
                src("p/A.java", "p", "public abstract class A implements I { }"),
                src("p/C.java", "p", "public class C extends A { }"),
                driver("p", "CallI", "I", "m()")))
            .stage(concat(
                src("p/A.java", "p", "public abstract class A implements I { public abstract String m(); }"),
                driver("p", "CallA", "A", "m()")))
            .expect("p.CallI#run <- p.C = !AbstractMethodError",
                    "p.CallA#run <- p.C = !AbstractMethodError");
    }

    /**
     * Miranda slots: an invokevirtual on an abstract class that only inherits an interface method resolves
     * to the interface method (JVMS 5.4.3.3 step 3) and dispatches through the class's vtable.
     */
    @Test
    void invokevirtualOfAnInheritedInterfaceMethodUsesAMirandaSlot() {
        new JavacScenario(dir).stage(concat(
                src("p/I.java", "p", "public interface I { default String m() { return \"p.I.m\"; } }"),
                src("p/J.java", "p", "public interface J extends I { default String m() { return \"p.J.m\"; } }"),
                src("p/K.java", "p", "public interface K { String k(); }"),
                src("p/A.java", "p", "public abstract class A implements I, K { }"),
                src("p/B.java", "p", "public class B extends A implements J { public String k() { return \"p.B.k\"; } }"),
                src("p/C.java", "p", "public class C extends A { public String m() { return \"p.C.m\"; }"
                        + " public String k() { return \"p.C.k\"; } }"),
                src("q/D.java", "q", "public class D extends p.A { public String k() { return \"q.D.k\"; } }"),
                driver("p", "CallA", "A", "m()"),
                driver("p", "CallAk", "A", "k()")))
            .expect("p.CallA#run <- p.B = p.J.m",
                    "p.CallA#run <- p.C = p.C.m",
                    "p.CallA#run <- q.D = p.I.m",
                    "p.CallAk#run <- p.B = p.B.k",
                    "p.CallAk#run <- q.D = q.D.k");
    }

    /** JVMS 6.5 invokeinterface: selecting a method that is not public throws IllegalAccessError. */
    @Test
    void invokeinterfaceSelectingANonPublicMethodThrowsIllegalAccessError() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/I.java", "p", "public interface I { }"),
                src("p/J.java", "p", "public interface J { }"),
                src("p/C.java", "p", "public class C implements I, J { String m() { return \"p.C.m\"; } }"),
                src("p/D.java", "p", "public class D implements I { protected String m() { return \"p.D.m\"; } }"),
                src("p/E.java", "p", "public class E implements I { public String m() { return \"p.E.m\"; } }"),
                src("q/F.java", "q", "public class F extends p.C implements p.J { }")))
            .stage(concat(
                src("p/I.java", "p", "public interface I { String m(); }"),
                src("p/J.java", "p", "public interface J { default String m() { return \"p.J.m\"; } }"),
                driver("p", "CallI", "I", "m()"),
                driver("p", "CallJ", "J", "m()"),
                driver("p", "CallC", "C", "m()")))
            .expect("p.CallI#run <- p.C = !IllegalAccessError",
                    "p.CallI#run <- p.D = !IllegalAccessError",
                    "p.CallI#run <- p.E = p.E.m",
                    "p.CallJ#run <- p.C = !IllegalAccessError",
                    "p.CallJ#run <- q.F = !IllegalAccessError",
                    "p.CallC#run <- q.F = p.C.m");
    }

    /** Static and private class methods are not instance methods that can override (JVMS 5.4.6): defaults win. */
    @Test
    void staticAndPrivateClassMethodsDoNotHideDefaults() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/I.java", "p", "public interface I { }"),
                src("p/C.java", "p", "public class C implements I { public static String m() { return \"p.C.m\"; } }"),
                src("p/D.java", "p", "public class D implements I { private String m() { return \"p.D.m\"; } }"),
                src("p/S.java", "p", "public class S { private String m() { return \"p.S.m\"; } }"),
                src("p/E.java", "p", "public class E extends S implements I { }")))
            .stage(concat(
                src("p/I.java", "p", "public interface I { default String m() { return \"p.I.m\"; } }"),
                driver("p", "CallI", "I", "m()")))
            .expect("p.CallI#run <- p.C = p.I.m",
                    "p.CallI#run <- p.D = p.I.m",
                    "p.CallI#run <- p.E = p.I.m");
    }

    /**
     * A package-private final method does not stop another package from declaring the same method (it is not
     * overridden); a protected final one does: deriving the class is an IncompatibleClassChangeError (JVMS
     * 5.3.5 since Java SE 15; VerifyError before).
     */
    @Test
    void finalMethodsAreProtectedOnlyWhereTheyCanBeOverridden() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/A.java", "p", "public class A { final String m() { return \"p.A.m\"; }"
                        + " protected String f() { return \"p.A.f\"; } }"),
                src("q/B.java", "q", "public class B extends p.A { public String m() { return \"q.B.m\"; } }"),
                src("q/C.java", "q", "public class C extends p.A { protected String f() { return \"q.C.f\"; } }"),
                driver("p", "CallA", "A", "m()"),
                driver("q", "CallB", "B", "m()"),
                driver("p", "CallF", "A", "f()")))
            .stage(src("p/A.java", "p", "public class A { final String m() { return \"p.A.m\"; }"
                        + " protected final String f() { return \"p.A.f\"; } }"))
            .expect("p.CallA#run <- q.B = p.A.m",
                    "q.CallB#run <- q.B = q.B.m",
                    "p.CallF#run <- p.A = p.A.f",
                    "p.CallF#run <- q.C = !IncompatibleClassChangeError");
    }

    /** An interface call of a public Object method resolves to Object's and dispatches like invokevirtual. */
    @Test
    void objectMethodsCalledThroughInterfaces() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/I.java", "p", "public interface I { }"),
                src("p/N.java", "p", "public interface N { }"),
                src("p/C.java", "p", "public class C implements I, N { public String toString() { return \"p.C.toString\"; } }"),
                src("p/Call.java", "p", "public class Call { public static String run(Object o) {"
                        + " return ((I) o).toString(); } }")))
            .stage(concat(
                src("p/N.java", "p", "public interface N { Object clone(); }"),
                src("p/CallN.java", "p", "public class CallN { public static String run(Object o) {"
                        + " return String.valueOf(((N) o).clone()); } }")))
            .expect("p.Call#run <- p.C = p.C.toString",
                    "p.CallN#run <- p.C = !IllegalAccessError");
    }

    /** invokeinterface on a receiver whose class does not implement the interface. */
    @Test
    void invokeinterfaceOnAClassThatDoesNotImplementTheInterface() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/I.java", "p", "public interface I { default String m() { return \"p.I.m\"; } }"),
                src("p/C.java", "p", "public class C implements I { }"),
                src("p/Site.java", "p", "public class Site { public static String call(I i) { return i.m(); } }"),
                src("p/Go.java", "p", "public class Go { public static String run(Object o) { return Site.call((C) o); } }")))
            .stage(src("p/C.java", "p", "public class C { }"))
            .expect("p.Go#run@p.Site#call <- p.C = !IncompatibleClassChangeError");
    }

    /** A private interface method called from a default (javac 11+ emits invokeinterface) is bound statically. */
    @Test
    void privateInterfaceMethodsAreBoundStatically() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/I.java", "p", "public interface I { default String m() { return n(); }"
                        + " private String n() { return \"p.I.n\"; } }"),
                src("p/C.java", "p", "public class C implements I { public String n() { return \"p.C.n\"; } }"),
                driver("p", "CallI", "I", "m()")))
            .expect("p.CallI#run@p.I#m <- p.C = p.I.n");
    }

    /** Resolution failures at a call site: a method that is gone, an interface that became a class. */
    @Test
    void resolutionFailuresAreTheErrorsHotSpotThrows() {
        new JavacScenario(dir)
            .stage(concat(
                src("p/C.java", "p", "public class C { public String m(int x, String[] y) { return \"p.C.m\"; } }"),
                src("p/I.java", "p", "public interface I { String m(); }"),
                src("p/D.java", "p", "public class D implements I { public String m() { return \"p.D.m\"; } }"),
                driver("p", "CallC", "C", "m(1, null)"),
                driver("p", "CallI", "I", "m()")))
            .stage(concat(
                src("p/C.java", "p", "public class C { }"),
                src("p/I.java", "p", "public abstract class I { public abstract String m(); }"),
                src("p/D.java", "p", "public class D extends I { public String m() { return \"p.D.m\"; } }")))
            .expect("p.CallC#run <- p.C = !NoSuchMethodError",
                    "p.CallI#run <- p.D = !IncompatibleClassChangeError");
    }
}
