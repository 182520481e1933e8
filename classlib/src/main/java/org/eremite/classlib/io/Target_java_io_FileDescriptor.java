package org.eremite.classlib.io;

import org.eremite.vm.annotation.Alias;
import org.eremite.vm.annotation.Inject;
import org.eremite.vm.annotation.TargetClass;

/** The number of a file descriptor, for the console substitutions. */
@TargetClass("java.io.FileDescriptor")
final class Target_java_io_FileDescriptor {
    @Alias
    private int fd;

    @Inject
    int number() {
        return fd;
    }
}
