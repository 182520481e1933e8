package org.eremite.classlib.security;

import java.security.Provider;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * Security providers that java.base does not build itself (those of other modules, found by class name through
 * the system class loader) do not exist in the guest: loading one finds nothing, and the provider list skips it,
 * as HotSpot does for a configured provider that is not installed.
 */
@TargetClass("sun.security.jca.ProviderConfig$ProviderLoader")
final class Target_sun_security_jca_ProviderConfig_ProviderLoader {
    @Substitute
    private Provider legacyLoad(String classname) {
        return null;
    }
}
