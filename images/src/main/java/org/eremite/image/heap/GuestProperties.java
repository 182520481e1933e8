package org.eremite.image.heap;

import java.util.List;
import java.util.Properties;

/**
 * The system properties the guest sees ({@code System.getProperties()}): the Java version facts of the build JDK,
 * which is the guest's class library, and fixed values for everything that on the host describes the machine
 * (directories, user, locale, encodings). A program that prints one gets the same text on every boot.
 */
final class GuestProperties {
    /** Properties copied from the build JDK: they describe the class library, which the guest shares. */
    private static final List<String> FROM_BUILD_JDK = List.of("java.version", "java.version.date",
            "java.vendor", "java.vendor.url", "java.vendor.version", "java.specification.name",
            "java.specification.vendor", "java.specification.version", "java.vm.specification.name",
            "java.vm.specification.vendor", "java.vm.specification.version", "java.class.version",
            "java.runtime.version", "java.runtime.name");

    private GuestProperties() {
    }

    /** The same, as the unmodifiable map {@code jdk.internal.misc.VM.savedProps} holds. */
    static java.util.Map<String, String> asMap() {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        create().forEach((k, v) -> map.put((String) k, (String) v));
        return java.util.Collections.unmodifiableMap(map);
    }

    static Properties create() {
        Properties p = new Properties();
        for (String key : FROM_BUILD_JDK) {
            String value = System.getProperty(key);
            if (value != null) {
                p.setProperty(key, value);
            }
        }
        p.setProperty("java.vm.name", "Eremite");
        p.setProperty("java.vm.vendor", "Eremite");
        p.setProperty("java.vm.version", System.getProperty("java.version"));
        p.setProperty("java.home", "/");
        p.setProperty("java.class.path", "");
        p.setProperty("java.io.tmpdir", "/tmp");
        p.setProperty("os.name", "Eremite");
        p.setProperty("os.arch", "amd64");
        p.setProperty("os.version", "1");
        p.setProperty("file.separator", "/");
        p.setProperty("path.separator", ":");
        p.setProperty("line.separator", "\n");
        p.setProperty("file.encoding", "UTF-8");
        p.setProperty("native.encoding", "UTF-8");
        p.setProperty("sun.jnu.encoding", "UTF-8");
        p.setProperty("stdout.encoding", "UTF-8");
        p.setProperty("stderr.encoding", "UTF-8");
        p.setProperty("user.dir", "/");
        p.setProperty("user.home", "/");
        p.setProperty("user.name", "eremite");
        p.setProperty("user.language", "en");
        return p;
    }
}
