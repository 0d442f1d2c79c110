package org.kubedeck.domain.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@code .tar.gz} archives byte by byte, hostile ones included (absolute names, {@code ..}, links, devices),
 * as the ustar format lays them out.
 */
public final class Tars {

    private final ByteArrayOutputStream tar = new ByteArrayOutputStream();

    public Tars file(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        header(name, '0', bytes.length, "");
        tar.writeBytes(bytes);
        tar.writeBytes(new byte[(512 - bytes.length % 512) % 512]);
        return this;
    }

    public Tars directory(String name) {
        header(name, '5', 0, "");
        return this;
    }

    public Tars symlink(String name, String target) {
        header(name, '2', 0, target);
        return this;
    }

    public Tars hardLink(String name, String target) {
        header(name, '1', 0, target);
        return this;
    }

    /** An entry of another kind: {@code '3'} a character device, {@code '6'} a pipe. */
    public Tars entry(String name, char type) {
        header(name, type, 0, "");
        return this;
    }

    /** The archive, closed by its two empty blocks and compressed. */
    public byte[] gzipped() {
        return gzip(withEnd());
    }

    /** The archive cut {@code bytes} before its end, compressed whole: a truncated upload. */
    public byte[] gzippedCut(int bytes) {
        byte[] whole = withEnd();
        byte[] cut = new byte[whole.length - bytes];
        System.arraycopy(whole, 0, cut, 0, cut.length);
        return gzip(cut);
    }

    private byte[] withEnd() {
        ByteArrayOutputStream closed = new ByteArrayOutputStream();
        closed.writeBytes(tar.toByteArray());
        closed.writeBytes(new byte[1024]);
        return closed.toByteArray();
    }

    /** Any bytes, compressed: an archive that is not a tar inside. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] gunzip(byte[] packed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(String name, char type, long size, String link) {
        byte[] header = new byte[512];
        put(header, 0, 100, name);
        put(header, 100, 8, "0000644");
        put(header, 108, 8, "0001750");
        put(header, 116, 8, "0001750");
        put(header, 124, 12, String.format("%011o", size));
        put(header, 136, 12, String.format("%011o", 1_700_000_000L));
        header[156] = (byte) type;
        put(header, 157, 100, link);
        put(header, 257, 6, "ustar");
        put(header, 263, 2, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, 8, String.format("%06o", sum) + "\0 ");
        tar.writeBytes(header);
    }

    private static void put(byte[] header, int offset, int length, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, offset, Math.min(length, bytes.length));
    }
}
