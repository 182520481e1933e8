package org.eremite.vm.classfile;

/** HotSpot as an oracle: defines class files in a throwaway class loader, which runs HotSpot's format checks. */
final class HotSpot extends ClassLoader {
    HotSpot() {
        super(HotSpot.class.getClassLoader());
    }

    /** Defines (loads, format-checks) a class; does not link or initialize it. */
    Class<?> define(String binaryName, byte[] bytes) {
        return defineClass(binaryName, bytes, 0, bytes.length);
    }

    /**
     * Null if HotSpot's format checker accepts the class file, else the error it throws when defining it:
     * ClassFormatError (UnsupportedClassVersionError included) or, for ACC_MODULE, NoClassDefFoundError. Any other
     * NoClassDefFoundError comes from loading the superclass or an interface, after the format check passed.
     */
    static LinkageError formatError(String binaryName, byte[] bytes) {
        try {
            new HotSpot().define(binaryName, bytes);
            return null;
        } catch (ClassFormatError e) {
            return e;
        } catch (NoClassDefFoundError e) {
            return String.valueOf(e.getMessage()).contains("ACC_MODULE") ? e : null;
        }
    }
}
