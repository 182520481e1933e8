package corpus.encoding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bytes and text: String.getBytes and new String(bytes) in UTF-8, UTF-16, ISO-8859-1 and US-ASCII (with
 * replacement characters for unmappable input and malformed UTF-8), Base64 (basic, URL-safe, without padding,
 * MIME line breaks) round trips, HexFormat, and a hand-written CRC-32 and Adler-32. Output stays ASCII: non-ASCII
 * text is shown as code points.
 */
public class Main {
    static String codePoints(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(cp < 128 && cp >= 32 ? String.valueOf((char) cp) : "U+" + Integer.toHexString(cp)).append(' '));
        return out.toString().trim();
    }

    static int crc32(byte[] data) {
        int crc = 0xFFFFFFFF;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int k = 0; k < 8; k++) {
                crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
            }
        }
        return ~crc;
    }

    static int adler32(byte[] data) {
        int a = 1, b = 0;
        for (byte x : data) {
            a = (a + (x & 0xFF)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    public static void main(String[] args) {
        String text = "caf\u00e9 \u20ac5 \u4e2d\u6587 \uD83D\uDE00";
        System.out.println("text " + codePoints(text) + " length " + text.length());
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        System.out.println("UTF-8 " + utf8.length + " " + Arrays.toString(utf8));
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16);
        System.out.println("UTF-16 " + utf16.length + " starts with BOM " + (utf16[0] == (byte) 0xFE && utf16[1] == (byte) 0xFF));
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
        System.out.println("ISO-8859-1 " + Arrays.toString(latin1));
        System.out.println("US-ASCII " + Arrays.toString(ascii));
        System.out.println("round trip UTF-8 " + new String(utf8, StandardCharsets.UTF_8).equals(text) + ", UTF-16 "
                + new String(utf16, StandardCharsets.UTF_16).equals(text) + ", latin1 decoded "
                + codePoints(new String(latin1, StandardCharsets.ISO_8859_1)));
        byte[] malformed = {'o', 'k', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'x'};
        System.out.println("malformed UTF-8 decodes to " + codePoints(new String(malformed, StandardCharsets.UTF_8)));
        byte[] data = "Many hands make light work.".getBytes(StandardCharsets.US_ASCII);
        String b64 = Base64.getEncoder().encodeToString(data);
        System.out.println("base64 " + b64 + " decoded " + new String(Base64.getDecoder().decode(b64), StandardCharsets.US_ASCII));
        byte[] binary = new byte[40];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37 - 100);
        }
        System.out.println("url-safe " + Base64.getUrlEncoder().encodeToString(binary));
        System.out.println("no padding " + Base64.getEncoder().withoutPadding().encodeToString(new byte[] {1, 2, 3, 4}));
        String mime = Base64.getMimeEncoder().encodeToString(new byte[100]);
        System.out.println("mime lines " + mime.split("\r\n").length + " first line length " + mime.indexOf('\r'));
        try {
            Base64.getDecoder().decode("not base64!");
        } catch (IllegalArgumentException e) {
            System.out.println("bad base64: " + e.getMessage());
        }
        HexFormat hex = HexFormat.of();
        System.out.println("hex " + hex.formatHex(utf8) + " parse " + Arrays.toString(hex.parseHex("cafe00ff")));
        System.out.println("hex delimited " + HexFormat.ofDelimiter(":").withUpperCase().formatHex(new byte[] {10, -1, 127}));
        byte[] check = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
        System.out.println("crc32 " + Integer.toHexString(crc32(check)) + " adler32 " + Integer.toHexString(adler32(check)));
    }
}
