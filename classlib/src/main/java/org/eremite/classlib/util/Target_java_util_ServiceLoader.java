package org.eremite.classlib.util;

import java.util.Collections;
import java.util.Iterator;
import java.util.ServiceLoader;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * Service loading finds no providers in the guest: there are no module descriptors or class-path
 * {@code META-INF/services} files to read at run time, and the closed world could not include a provider found
 * only then. The JDK falls back to its built-in defaults wherever it looks for a provider (charsets, locale data,
 * the file system), as it does on HotSpot when none is installed. Providers that the build already loaded stay in
 * the snapshot.
 */
@TargetClass("java.util.ServiceLoader")
final class Target_java_util_ServiceLoader {
    @Substitute
    private Iterator<ServiceLoader.Provider<Object>> newLookupIterator() {
        return Collections.emptyIterator();
    }
}
