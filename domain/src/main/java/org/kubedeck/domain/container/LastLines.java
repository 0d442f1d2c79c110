package org.kubedeck.domain.container;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** The newest lines of a log that fit in a number of bytes: older ones are let go as newer ones come. */
public final class LastLines {

    private final long limit;
    private final Deque<byte[]> lines = new ArrayDeque<>();
    private long bytes;
    private boolean dropped;

    public LastLines(long limit) {
        this.limit = limit;
    }

    public void add(String line) {
        byte[] text = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (text.length > limit) {
            dropped = true;
            return;
        }
        lines.addLast(text);
        bytes += text.length;
        while (bytes > limit) {
            bytes -= lines.removeFirst().length;
            dropped = true;
        }
    }

    public int count() {
        return lines.size();
    }

    public long bytes() {
        return bytes;
    }

    /** Whether lines were let go. */
    public boolean dropped() {
        return dropped;
    }

    public byte[] content() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) bytes);
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
