package org.eremite.classlib.security;

import java.security.Permission;
import java.security.Policy;
import java.security.ProtectionDomain;

/** The guest's one security policy: everything is permitted (there is no security manager to consult it). */
final class GuestPolicy extends Policy {
    static final GuestPolicy INSTANCE = new GuestPolicy();

    @Override
    public boolean implies(ProtectionDomain domain, Permission permission) {
        return true;
    }
}
