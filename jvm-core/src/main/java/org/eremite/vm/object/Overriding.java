package org.eremite.vm.object;

/**
 * The "can override" relation of JVMS 5.4.5 (Java SE 11 and later, which dropped the requirement that the
 * overrider's class be a subclass, so a class method can override an interface method):
 *
 * <blockquote>An instance method mC can override another instance method mA iff mC has the same name and
 * descriptor as mA, mC is not private, and one of: mA is public; mA is protected; mA is package-private and
 * either (a) mA's declaration is in the same run-time package as mC's, or (b) mA is declared in a class A and
 * mC in a class C, and there is a method mB declared in a class B such that C is a subclass of B, B is a
 * subclass of A, mC can override mB and mB can override mA.</blockquote>
 *
 * Rule (b) is the transitive case: {@code p.A.m} package-private, {@code p.B extends A} overrides it with a
 * public {@code m}, {@code q.C extends B} overrides that: C's m overrides A's too, though q cannot see A's.
 */
public final class Overriding {
    private Overriding() {
    }

    /** True iff {@code mC} can override {@code mA} (JVMS 5.4.5); a method can override itself unless private. */
    public static boolean canOverride(MethodShape mC, MethodShape mA) {
        if (!mC.matches(mA.name(), mA.descriptor()) || mC.isPrivate() || mC.isStatic() || mA.isStatic()) {
            return false;
        }
        if (mC == mA || mA.isPublic() || mA.isProtected()) {
            return true;
        }
        if (mA.isPrivate()) {
            return false;
        }
        ClassShape a = mA.owner();
        ClassShape c = mC.owner();
        if (a.packageName().equals(c.packageName())) {
            return true;
        }
        // (b): some mB strictly between, in a class B with C a subclass of B and B a subclass of A.
        JavaType typeA = a.type();
        JavaType typeC = c.type();
        if (typeA == null || typeC == null || !typeA.isClass() || !typeC.isClass() || !typeC.isSubclassOf(typeA)) {
            return false;
        }
        for (JavaType b = typeC.superclass(); b != null && b != typeA; b = b.superclass()) {
            MethodShape mB = b.declaredMethod(mA.name(), mA.descriptor());
            if (mB != null && !mB.isStatic() && canOverride(mC, mB) && canOverride(mB, mA)) {
                return true;
            }
        }
        return false;
    }
}
