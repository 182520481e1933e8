package org.eremite.classlib.io;

import java.io.File;
import java.io.IOException;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * The guest has no file system yet: every file is absent, nothing can be created, and queries answer as HotSpot
 * does for a path that does not exist (false, 0, null). Paths are canonical as they are.
 */
@TargetClass("java.io.UnixFileSystem")
final class Target_java_io_UnixFileSystem {
    @Substitute
    private String canonicalize0(String path) throws IOException {
        return path;
    }

    @Substitute
    public int getBooleanAttributes0(File f) {
        return 0;
    }

    @Substitute
    public boolean checkAccess(File f, int access) {
        return false;
    }

    @Substitute
    public long getLastModifiedTime(File f) {
        return 0;
    }

    @Substitute
    public long getLength(File f) {
        return 0;
    }

    @Substitute
    public boolean setPermission(File f, int access, boolean enable, boolean owneronly) {
        return false;
    }

    @Substitute
    public boolean createFileExclusively(String path) throws IOException {
        throw new IOException("Eremite has no file system yet: cannot create " + path);
    }

    @Substitute
    private boolean delete0(File f) {
        return false;
    }

    @Substitute
    public String[] list(File f) {
        return null;
    }

    @Substitute
    public boolean createDirectory(File f) {
        return false;
    }

    @Substitute
    private boolean rename0(File f1, File f2) {
        return false;
    }

    @Substitute
    public boolean setLastModifiedTime(File f, long time) {
        return false;
    }

    @Substitute
    public boolean setReadOnly(File f) {
        return false;
    }

    @Substitute
    public long getSpace(File f, int t) {
        return 0;
    }

    @Substitute
    private long getNameMax0(String path) {
        return 255;
    }
}
