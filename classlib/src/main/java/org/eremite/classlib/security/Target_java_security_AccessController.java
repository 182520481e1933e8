package org.eremite.classlib.security;

import java.security.AccessControlContext;
import java.security.PrivilegedAction;
import java.security.PrivilegedExceptionAction;
import java.security.ProtectionDomain;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * No security manager and no protection domains in the guest (the snapshot drops the build JVM's): privileged
 * actions simply run, and every context is the null (unrestricted) one, as for the boot loader's code on HotSpot.
 */
@TargetClass("java.security.AccessController")
final class Target_java_security_AccessController {
    @Substitute
    private static <T> T executePrivileged(PrivilegedAction<T> action, AccessControlContext context,
            Class<?> caller) {
        return action.run();
    }

    @Substitute
    private static <T> T executePrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context,
            Class<?> caller) throws Exception {
        return action.run();
    }

    @Substitute
    private static ProtectionDomain getProtectionDomain(Class<?> caller) {
        return null;
    }

    @Substitute
    private static void ensureMaterializedForStackWalk(Object o) {
    }

    @Substitute
    private static AccessControlContext getStackAccessControlContext() {
        return null;
    }

    @Substitute
    static AccessControlContext getInheritedAccessControlContext() {
        return null;
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context,
            java.security.Permission... perms) {
        return action.run();
    }

    @Substitute
    public static <T> T doPrivilegedWithCombiner(PrivilegedAction<T> action, AccessControlContext context,
            java.security.Permission... perms) {
        return action.run();
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context,
            java.security.Permission... perms) throws java.security.PrivilegedActionException {
        return runChecked(action);
    }

    @Substitute
    public static <T> T doPrivilegedWithCombiner(PrivilegedExceptionAction<T> action, AccessControlContext context,
            java.security.Permission... perms) throws java.security.PrivilegedActionException {
        return runChecked(action);
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context) {
        return action.run();
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context)
            throws java.security.PrivilegedActionException {
        return runChecked(action);
    }

    @Substitute
    public static void checkPermission(java.security.Permission perm) {
        if (perm == null) {
            throw new NullPointerException("permission can't be null");
        }
    }

    /** As the JDK's doPrivileged: unchecked exceptions pass, checked ones are wrapped. */
    @org.eremite.vm.annotation.Inject
    private static <T> T runChecked(PrivilegedExceptionAction<T> action)
            throws java.security.PrivilegedActionException {
        try {
            return action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new java.security.PrivilegedActionException(e);
        }
    }
}
