package org.kubedeck.domain.container;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a directory in a container.
 *
 * @param mode as {@code ls -l} writes it: {@code -rw-r--r--}, {@code drwxr-xr-x}, {@code lrwxrwxrwx}
 */
public record FileEntry(String name, Type type, long size, String mode, String owner, Instant modified) {

    public enum Type {
        FILE, DIR, LINK;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The entries of a listing, one a line: {@code <size> <mode> <owner> <modified, epoch seconds> <name in
     * base64>}, as the file manager's listing command writes them (a name in base64 may hold any byte, a newline
     * included; bytes that are not UTF-8 are read as {@link FileNames} says). Directories first, then by name.
     */
    public static List<FileEntry> parse(String listing) {
        List<FileEntry> entries = new ArrayList<>();
        for (String line : listing.split("\n")) {
            String[] fields = line.trim().split(" ");
            if (fields.length != 5) {
                continue;
            }
            try {
                String mode = fields[1];
                Type type = mode.startsWith("d") ? Type.DIR : mode.startsWith("l") ? Type.LINK : Type.FILE;
                entries.add(new FileEntry(FileNames.text(Base64.getDecoder().decode(fields[4])),
                        type, Long.parseLong(fields[0]), mode, fields[2], Instant.ofEpochSecond(
                                Long.parseLong(fields[3]))));
            } catch (IllegalArgumentException e) {
                // A line the listing did not write as agreed: left out.
            }
        }
        entries.sort(Comparator.comparing((FileEntry entry) -> entry.type() != Type.DIR)
                .thenComparing(FileEntry::name));
        return entries;
    }

    /** The name as a page shows it ({@link FileNames#shown}). */
    public String shownName() {
        return FileNames.shown(name);
    }

    public boolean hidden() {
        return name.startsWith(".");
    }
}
