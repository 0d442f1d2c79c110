package org.kubedeck.domain.container;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * A {@code .tar.gz} read through before any of it is unpacked: whether it is one, and whether everything in it stays
 * inside the directory it is unpacked into. Refused are names that are absolute or go up with {@code ..}, names that
 * go on through a symbolic link the archive made, hard links out of it, device files and pipes, and more content than
 * {@code mostBytes}. It reads the tar format's headers (ustar, with GNU long names and PAX paths); contents are
 * skipped, so memory does not grow with the archive.
 *
 * @param entries how many files, directories and links it holds
 * @param bytes   the size of their contents, unpacked
 */
public record ArchiveCheck(int entries, long bytes) {

    private static final int BLOCK = 512;
    private static final String FIELD = "file";

    /** Reads {@code gzipped} to its end; InvalidInputException (field {@code file}) for anything refused. */
    public static ArchiveCheck of(InputStream gzipped, long mostBytes) {
        try (InputStream tar = new GZIPInputStream(gzipped, 64 * 1024)) {
            return new Reader(tar, mostBytes).read();
        } catch (ZipException e) {
            throw refused(Message.of("files.archiveNotGzip", "This is not a .tar.gz archive: {0}",
                    e.getMessage()));
        } catch (EOFException e) {
            throw truncated();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException truncated() {
        return refused(Message.of("files.archiveTruncated",
                "The archive ends in the middle: was its upload cut short?"));
    }

    private static InvalidInputException refused(Message why) {
        return new InvalidInputException(FIELD, why);
    }

    /** One pass over the headers, with what GNU and PAX headers say about the entry after them. */
    private static final class Reader {

        private final InputStream tar;
        private final long mostBytes;
        private final byte[] header = new byte[BLOCK];
        private final Set<String> links = new HashSet<>();
        private String longName;
        private String longLink;
        private int entries;
        private long bytes;

        Reader(InputStream tar, long mostBytes) {
            this.tar = tar;
            this.mostBytes = mostBytes;
        }

        ArchiveCheck read() throws IOException {
            while (tar.readNBytes(header, 0, BLOCK) == BLOCK) {
                if (allZero()) {
                    return new ArchiveCheck(entries, bytes);
                }
                requireChecksum();
                long size = size();
                char type = (char) header[156];
                switch (type) {
                    case 'L' -> longName = text(size);
                    case 'K' -> longLink = text(size);
                    case 'x' -> pax(text(size));
                    case 'g' -> skip(size);
                    default -> entry(type, size);
                }
            }
            throw truncated();
        }

        private void entry(char type, long size) throws IOException {
            String name = longName != null ? longName : ustarName();
            String link = longLink != null ? longLink : string(157, 100);
            longName = null;
            longLink = null;
            String path = inside(name);
            switch (type) {
                case '0', '\0', '7' -> {
                    bytes += size;
                    if (bytes > mostBytes) {
                        throw refused(Message.of("files.archiveTooLarge",
                                "The archive unpacks to more than {0} bytes, more than there is room for.",
                                String.valueOf(mostBytes)));
                    }
                }
                case '5' -> {
                    // A directory.
                }
                case '2' -> links.add(path);
                case '1' -> inside(link);
                default -> throw refused(Message.of("files.archiveEntryKind",
                        "{0} is neither a file, a directory nor a link; such entries are not unpacked.", name));
            }
            entries++;
            skip(size);
        }

        /** The entry's path without {@code ./}, refused when it leaves the directory. */
        private String inside(String name) {
            if (name.startsWith("/")) {
                throw refused(Message.of("files.archiveAbsolute",
                        "{0} is an absolute path; an archive holds relative ones.", name));
            }
            List<String> parts = new ArrayList<>();
            for (String part : name.split("/")) {
                if (part.equals("..")) {
                    throw refused(Message.of("files.archiveGoesUp", "{0} goes up with '..'.", name));
                }
                if (!part.isEmpty() && !part.equals(".")) {
                    if (links.contains(String.join("/", parts)) && !parts.isEmpty()) {
                        throw refused(Message.of("files.archiveThroughLink",
                                "{0} goes on through the link {1} the archive made.",
                                name, String.join("/", parts)));
                    }
                    parts.add(part);
                }
            }
            return String.join("/", parts);
        }

        private void pax(String records) {
            for (String record : records.split("\n")) {
                int space = record.indexOf(' ');
                int equals = record.indexOf('=');
                if (space < 0 || equals < space) {
                    continue;
                }
                String key = record.substring(space + 1, equals);
                String value = record.substring(equals + 1);
                if (key.equals("path")) {
                    longName = value;
                } else if (key.equals("linkpath")) {
                    longLink = value;
                }
            }
        }

        private String ustarName() {
            String name = string(0, 100);
            boolean ustar = new String(header, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar");
            String prefix = ustar ? string(345, 155) : "";
            return prefix.isEmpty() ? name : prefix + "/" + name;
        }

        /** A header's content (a long name, PAX records), at most 64 KiB. */
        private String text(long size) throws IOException {
            if (size > 64 * 1024) {
                throw refused(Message.of("files.archiveHeaderTooLarge", "The archive has a header of {0} bytes.",
                        String.valueOf(size)));
            }
            byte[] content = tar.readNBytes((int) size);
            if (content.length < size) {
                throw truncated();
            }
            tar.skipNBytes(padding(size));
            int end = content.length;
            while (end > 0 && content[end - 1] == 0) {
                end--;
            }
            return new String(content, 0, end, StandardCharsets.UTF_8);
        }

        private void skip(long size) throws IOException {
            tar.skipNBytes(size + padding(size));
        }

        private long size() {
            if ((header[124] & 0x80) != 0) {
                long size = 0;
                for (int i = 125; i < 136; i++) {
                    size = (size << 8) | (header[i] & 0xff);
                }
                return size;
            }
            return octal(124, 12);
        }

        private void requireChecksum() {
            long sum = 0;
            for (int i = 0; i < BLOCK; i++) {
                sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xff;
            }
            if (sum != octal(148, 8)) {
                throw refused(Message.of("files.archiveNotTar", "This is not a tar archive, or it is damaged."));
            }
        }

        private long octal(int offset, int length) {
            String digits = string(offset, length).trim();
            try {
                return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
            } catch (NumberFormatException e) {
                throw refused(Message.of("files.archiveNotTar", "This is not a tar archive, or it is damaged."));
            }
        }

        private String string(int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, StandardCharsets.UTF_8);
        }

        private boolean allZero() {
            for (byte b : header) {
                if (b != 0) {
                    return false;
                }
            }
            return true;
        }

        private static long padding(long size) {
            return (BLOCK - size % BLOCK) % BLOCK;
        }
    }
}
