package org.eremite.vm.classfile;

/**
 * Decoding of the "modified UTF-8" of CONSTANT_Utf8 entries (JVMS 4.4.7).
 *
 * <p>A code point is one byte (U+0001..U+007F), two bytes (U+0000 and U+0080..U+07FF) or three bytes
 * (U+0800..U+FFFF); supplementary characters are stored as their two UTF-16 surrogates, three bytes each, so
 * decoding yields exactly the class file's UTF-16 string. No byte may be 0 or lie in 0xF0..0xFF. Like HotSpot
 * ({@code UTF8::is_legal_utf8}), over-long two- and three-byte forms (other than {@code C0 80} for U+0000) are
 * rejected in class files newer than 47.0 and tolerated in older ones, whose compilers wrote them.
 */
final class ModifiedUtf8 {
    private ModifiedUtf8() {
    }

    /**
     * Decodes {@code length} bytes at {@code start}.
     *
     * @return the string, or null if the bytes are not legal modified UTF-8
     */
    static String decode(byte[] bytes, int start, int length, int majorVersion) {
        char[] chars = new char[length];
        int count = 0;
        int end = start + length;
        boolean lenient = majorVersion <= 47;
        int i = start;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b != 0 && b < 0x80) {
                chars[count++] = (char) b;
                i++;
                continue;
            }
            switch (b >> 4) {
                case 0xC, 0xD -> { // 110xxxxx 10xxxxxx
                    if (i + 1 >= end || (bytes[i + 1] & 0xC0) != 0x80) {
                        return null;
                    }
                    int c = ((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
                    if (!lenient && c != 0 && c < 0x80) {
                        return null;
                    }
                    chars[count++] = (char) c;
                    i += 2;
                }
                case 0xE -> { // 1110xxxx 10xxxxxx 10xxxxxx
                    if (i + 2 >= end || (bytes[i + 1] & 0xC0) != 0x80 || (bytes[i + 2] & 0xC0) != 0x80) {
                        return null;
                    }
                    int c = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
                    if (!lenient && c < 0x800) {
                        return null;
                    }
                    chars[count++] = (char) c;
                    i += 3;
                }
                default -> {
                    return null; // 0x00, a stray continuation byte 10xxxxxx, or 0xF0..0xFF
                }
            }
        }
        return new String(chars, 0, count);
    }
}
