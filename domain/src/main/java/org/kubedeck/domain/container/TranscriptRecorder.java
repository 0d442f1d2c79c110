package org.kubedeck.domain.container;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * What a terminal showed and was typed, as it happened, up to a limit: one JSON line an event,
 * {@code [seconds, "o"|"i", "<base64 of the bytes>"]} (the shape of asciicast v2's events, with the bytes in
 * base64 so that nothing is lost between UTF-8 characters). Beyond the limit nothing more is kept, and the
 * transcript says it was cut.
 */
public final class TranscriptRecorder {

    private final long limit;
    private final ByteArrayOutputStream content = new ByteArrayOutputStream();
    private boolean truncated;

    public TranscriptRecorder(long limit) {
        this.limit = limit;
    }

    /** Output shown on the terminal, {@code after} the session began. */
    public synchronized void shown(Duration after, byte[] bytes) {
        event(after, "o", bytes);
    }

    /** Keys typed, {@code after} the session began. */
    public synchronized void typed(Duration after, byte[] bytes) {
        event(after, "i", bytes);
    }

    private void event(Duration after, String kind, byte[] bytes) {
        if (truncated) {
            return;
        }
        byte[] line = String.format(Locale.ROOT, "[%.3f,\"%s\",\"%s\"]\n", after.toNanos() / 1e9, kind,
                Base64.getEncoder().encodeToString(bytes)).getBytes(StandardCharsets.US_ASCII);
        if (content.size() + line.length > limit) {
            truncated = true;
            return;
        }
        content.writeBytes(line);
    }

    public synchronized byte[] content() {
        return content.toByteArray();
    }

    public synchronized boolean truncated() {
        return truncated;
    }
}
