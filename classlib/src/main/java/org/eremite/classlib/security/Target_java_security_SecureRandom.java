package org.eremite.classlib.security;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.runtime.Platform;

/**
 * Seeds without the security providers (whose entropy sources are files of the build machine): bytes mixed from
 * the clocks. Not cryptographically strong; a hardware source (RDRAND, virtio-rng) is for a later issue. This keeps
 * {@code ThreadLocalRandom}'s initializer, which every concurrent collection reaches, from pulling the providers
 * into every image.
 */
@TargetClass("java.security.SecureRandom")
final class Target_java_security_SecureRandom {
    @Substitute
    public static byte[] getSeed(int numBytes) {
        if (numBytes < 0) {
            throw new IllegalArgumentException("numBytes cannot be negative");
        }
        byte[] seed = new byte[numBytes];
        long state = Platform.nanoTime() ^ Long.rotateLeft(Platform.currentTimeMillis(), 32);
        for (int i = 0; i < numBytes; i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = (state ^ (state >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            seed[i] = (byte) (z ^ (z >>> 31));
        }
        return seed;
    }
}
