package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The console's UTF-8 encoding agrees with Java's own encoder, lone surrogates included. */
class PlatformTest {
    /** The bytes {@link Platform#write(String)} sends, by the same loop without the console. */
    private static byte[] encode(String text) {
        byte[] out = new byte[4 * text.length()];
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            position = Platform.encodeUtf8(codePoint, out, position);
        }
        return Arrays.copyOf(out, position);
    }

    @Test
    void encodingIsJavasUtf8() {
        String[] texts = {"", "hello\n", "héllo ÿ", "€ 日本語", "😀 \uDBFF\uDFFF", "\uD800x", "x\uDC00",
            "\uDC00\uD800", "\u0000\u007F\u0080\u07FF\u0800\uFFFF", "Exception in thread \"main\" "};
        for (String text : texts) {
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), encode(text), text);
        }
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            all.append((char) c);
        }
        assertArrayEquals(all.toString().getBytes(StandardCharsets.UTF_8), encode(all.toString()));
    }
}
