package org.barometer.testing;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile request bodies drawn from a seeded {@link Random}, so a failure can be replayed: random
 * bytes, invalid UTF-8, NUL and other control characters, characters outside the BMP, very long
 * strings, deeply nested JSON and numbers no rating can be.
 */
public final class MalformedInput {

    /** Sequences that are never valid UTF-8: a lone continuation byte, an overlong form, a surrogate, a cut sequence. */
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xFF, (byte) 0xFE});
    private static final List<String> ODD_TEXT = List.of("\u0000", "\u0000\u0001\u001F", "😀😀😀", "\uD800", "\u202E",
            "'; DROP TABLE response; --", "<script>alert(1)</script>", "%00", "\\u0000", "\r\n\r\n", "é".repeat(3));
    private static final List<String> ODD_NUMBERS = List.of("-1", "0", "6", "2.5", "3.0", "1e309", "-0", "NaN",
            "99999999999999999999999", "\"3\"", "\" 4 \"", "\"four\"", "true", "null", "[]", "{}", "[3]", "\"\"",
            "2147483648", "-2147483649", "1E1", "0x3");

    private final Random random;

    public MalformedInput(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public byte[] randomBytes(int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Valid text with invalid UTF-8 sequences spliced in. */
    public byte[] withInvalidUtf8(String text) {
        byte[] base = text.getBytes(StandardCharsets.UTF_8);
        byte[] bad = INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size()));
        int at = random.nextInt(base.length + 1);
        byte[] out = new byte[base.length + bad.length];
        System.arraycopy(base, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(base, at, out, at + bad.length, base.length - at);
        return out;
    }

    /** A string no sane client sends: control characters, NUL, astral characters, injections, or very long. */
    public String oddText() {
        if (random.nextInt(6) == 0) {
            return "x".repeat(1 + random.nextInt(5_000));
        }
        if (random.nextInt(6) == 0) {
            return "😀".repeat(1 + random.nextInt(2_100));
        }
        return ODD_TEXT.get(random.nextInt(ODD_TEXT.size()));
    }

    /** A JSON value that is not a rating of 1 to 5, written as JSON text. */
    public String oddNumber() {
        return ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size()));
    }

    /** Arrays or objects nested {@code depth} deep. */
    public static String deepJson(int depth, boolean objects) {
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A JSON string literal of {@code text}, escaped by Jackson as a client library would. */
    public static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
