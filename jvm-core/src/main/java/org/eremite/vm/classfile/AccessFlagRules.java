package org.eremite.vm.classfile;

import static org.eremite.vm.classfile.AccessFlags.*;

/**
 * The format checks of access flags (JVMS 4.1, 4.5, 4.6) and the masking of bits the JVMS does not assign
 * ("reserved for future use ... should be ignored by Java Virtual Machine implementations").
 *
 * <p>Where the current JVMS is stricter than what old compilers produced, Eremite is as lenient as HotSpot
 * ({@code ClassFileParser::verify_legal_*_modifiers}) for class files older than 49.0 (Java 5), so that every
 * class HotSpot loads loads here too: e.g. an interface may carry ACC_SUPER before 49.0.
 */
final class AccessFlagRules {
    private AccessFlagRules() {
    }

    /** Checks and masks the class's access_flags, read at {@code offset}. */
    static int checkClass(ClassFileParser p, int raw, int offset) {
        int major = p.majorVersion;
        // ACC_MODULE exists from 53.0 on; before that the bit is unassigned.
        int flags = raw & (major >= 53 ? CLASS_FLAGS : CLASS_FLAGS & ~ACC_MODULE);
        if (isModule(flags)) {
            // JVMS 4.1: "If the ACC_MODULE flag is set ... no other flag in the access_flags item may be set".
            if (flags != ACC_MODULE) {
                throw illegal(p, offset, "class", flags, "ACC_MODULE with other flags");
            }
            return flags;
        }
        boolean isInterface = isInterface(flags);
        if (isInterface && major < 50) {
            flags |= ACC_ABSTRACT; // old compilers left it out; JVMS 4.1 and HotSpot supply it
        }
        boolean java5 = major >= 49;
        String problem = null;
        if (isInterface) {
            if (!isAbstract(flags)) {
                problem = "an interface must be ACC_ABSTRACT";
            } else if (isFinal(flags)) {
                problem = "an interface cannot be ACC_FINAL";
            } else if (java5 && (flags & (ACC_SUPER | ACC_ENUM)) != 0) {
                problem = "an interface cannot be ACC_SUPER or ACC_ENUM";
            }
        } else {
            if (isAbstract(flags) && isFinal(flags)) {
                problem = "a class cannot be both ACC_ABSTRACT and ACC_FINAL";
            } else if (java5 && isAnnotation(flags)) {
                problem = "ACC_ANNOTATION without ACC_INTERFACE";
            }
        }
        if (problem != null) {
            throw illegal(p, offset, "class", flags, problem);
        }
        return flags;
    }

    /** Checks and masks a field's access_flags (JVMS 4.5), read at {@code offset}. */
    static int checkField(ClassFileParser p, int raw, int offset) {
        int flags = raw & FIELD_FLAGS;
        String problem = null;
        if (isInterface(p.result.accessFlags)) {
            int allowed = ACC_PUBLIC | ACC_STATIC | ACC_FINAL | ACC_SYNTHETIC | (p.majorVersion < 49 ? ACC_ENUM : 0);
            if ((flags & (ACC_PUBLIC | ACC_STATIC | ACC_FINAL)) != (ACC_PUBLIC | ACC_STATIC | ACC_FINAL)) {
                problem = "an interface field must be public, static and final";
            } else if ((flags & ~allowed) != 0) {
                problem = "an interface field can have no flags but public, static, final and synthetic";
            }
        } else if (hasIllegalVisibility(flags)) {
            problem = "more than one of ACC_PUBLIC, ACC_PRIVATE, ACC_PROTECTED";
        } else if (isFinal(flags) && isVolatile(flags)) {
            problem = "a field cannot be both ACC_FINAL and ACC_VOLATILE";
        }
        if (problem != null) {
            throw illegal(p, offset, "field", flags, problem);
        }
        return flags;
    }

    /** Checks and masks the access_flags of method {@code name} (JVMS 4.6), read at {@code offset}. */
    static int checkMethod(ClassFileParser p, int raw, String name, int offset) {
        int major = p.majorVersion;
        // ACC_STRICT is assigned only in class files 46.0 to 60.0 (JVMS 4.6, Table 4.6-A; JEP 306).
        int flags = raw & (major >= 46 && major <= 60 ? METHOD_FLAGS : METHOD_FLAGS & ~ACC_STRICT);
        boolean inInterface = isInterface(p.result.accessFlags);
        if (name.equals(Names.CLASS_INITIALIZER)) {
            // JVMS 4.6 and 2.9.2: the flags of <clinit> are ignored but for ACC_STATIC (and ACC_STRICT); from
            // 51.0 on it must be static to be the class initializer. Before 51.0 it is one regardless.
            if (major < 51) {
                return ACC_STATIC;
            }
            if (!isStatic(flags)) {
                throw illegal(p, offset, "method", flags, "<clinit> must be ACC_STATIC from class file version 51 on");
            }
            return flags & (ACC_STATIC | ACC_STRICT);
        }
        String problem = inInterface ? interfaceMethodProblem(flags, major, name) : classMethodProblem(flags, major,
                name);
        if (problem != null) {
            throw illegal(p, offset, "method", flags, problem);
        }
        return flags;
    }

    private static String interfaceMethodProblem(int flags, int major, String name) {
        if (name.equals(Names.INSTANCE_INITIALIZER)) {
            return "an interface cannot have an <init> method";
        }
        boolean abstractMethod = isAbstract(flags);
        if (major >= 52) {
            // JVMS 4.6: exactly one of ACC_PUBLIC and ACC_PRIVATE; never protected, final, synchronized, native.
            if (isPublic(flags) == isPrivate(flags)) {
                return "an interface method must have exactly one of ACC_PUBLIC and ACC_PRIVATE";
            }
            if ((flags & (ACC_PROTECTED | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE)) != 0) {
                return "an interface method cannot be protected, final, synchronized or native";
            }
            if (abstractMethod && (flags & (ACC_PRIVATE | ACC_STATIC | ACC_STRICT)) != 0) {
                return "an abstract method cannot be private, static or strictfp";
            }
            return null;
        }
        // Before 52.0 every interface method other than <clinit> is public abstract (JVMS 4.6).
        int forbidden = major >= 49
                ? ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE | ACC_STRICT
                : ACC_STATIC | ACC_FINAL | ACC_NATIVE;
        if (!isPublic(flags) || !abstractMethod || (flags & forbidden) != 0) {
            return "an interface method must be public abstract before class file version 52";
        }
        return null;
    }

    private static String classMethodProblem(int flags, int major, String name) {
        if (hasIllegalVisibility(flags)) {
            return "more than one of ACC_PUBLIC, ACC_PRIVATE, ACC_PROTECTED";
        }
        boolean java5 = major >= 49;
        if (name.equals(Names.INSTANCE_INITIALIZER)) {
            // JVMS 4.6: <init> may be public/private/protected, varargs, strict, synthetic only.
            if ((flags & (ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE | ACC_ABSTRACT)) != 0
                    || (java5 && isBridge(flags))) {
                return "<init> cannot be static, final, synchronized, native, abstract or bridge";
            }
            return null;
        }
        if (isAbstract(flags)) {
            int forbidden = ACC_FINAL | ACC_NATIVE | ACC_PRIVATE | ACC_STATIC
                    | (java5 ? ACC_SYNCHRONIZED | ACC_STRICT : 0);
            if ((flags & forbidden) != 0) {
                return "an abstract method cannot be final, native, private, static, synchronized or strictfp";
            }
        }
        return null;
    }

    private static boolean hasIllegalVisibility(int flags) {
        int visibility = flags & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED);
        return (visibility & (visibility - 1)) != 0; // more than one bit set
    }

    private static ClassFormatException illegal(ClassFileParser p, int offset, String what, int flags,
                                                String problem) {
        return p.error(offset, "illegal " + what + " access flags " + hex(flags) + ": " + problem);
    }
}
