package org.eremite.classlib.security;

import java.security.Policy;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * The policy is {@link GuestPolicy}: the JDK's default one reads policy files through URLs, which would bring the
 * file and jrt URL handlers into every image that prints an object.
 */
@TargetClass("java.security.Policy")
final class Target_java_security_Policy {
    @Substitute
    static Policy getPolicyNoCheck() {
        return GuestPolicy.INSTANCE;
    }
}
