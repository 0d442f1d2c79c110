package org.kubedeck.domain.container;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * A file name's bytes as text and back, for names that are not UTF-8: what is UTF-8 reads as its characters, and
 * any other byte {@code b} as the character {@code U+F700 + b} (U+F780 to U+F7FF, of the private use area), which
 * turns back into that byte. A name that holds those characters themselves reads them byte by byte, so every name
 * goes there and back unchanged, and the text travels in URLs, JSON and the audit log like any other.
 */
public final class FileNames {

    private static final int RAW = 0xF700;
    private static final int FIRST_RAW = RAW + 0x80;
    private static final int LAST_RAW = RAW + 0xFF;

    private FileNames() {
    }

    public static String text(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                text.append((char) b);
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            String character = length > 0 && i + length <= bytes.length ? strictly(bytes, i, length) : null;
            if (character != null && (character.codePointAt(0) < FIRST_RAW || character.codePointAt(0) > LAST_RAW)) {
                text.append(character);
                i += length;
            } else {
                text.append((char) (RAW + b));
                i++;
            }
        }
        return text.toString();
    }

    public static byte[] bytes(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        text.codePoints().forEach(point -> {
            if (point >= FIRST_RAW && point <= LAST_RAW) {
                bytes.write(point - RAW);
            } else {
                bytes.writeBytes(Character.toString(point).getBytes(StandardCharsets.UTF_8));
            }
        });
        return bytes.toByteArray();
    }

    /** The name as a page shows it: each byte that is not UTF-8 as {@code \\xE9}. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (point >= FIRST_RAW && point <= LAST_RAW) {
                shown.append(String.format("\\x%02X", point - RAW));
            } else {
                shown.appendCodePoint(point);
            }
        });
        return shown.toString();
    }

    /** One UTF-8 character, or null when the bytes are none (overlong, a surrogate, beyond U+10FFFF). */
    private static String strictly(byte[] bytes, int from, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
