package org.kubedeck.domain.container;

import java.util.ArrayList;
import java.util.List;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * An absolute path in a container, as the file manager takes it: made canonical ({@code .} and {@code ..} resolved,
 * repeated slashes joined), never above {@code /}. It is handed to commands as an argument of its own after
 * {@code --}, never spliced into a command line, so names with spaces, quotes, newlines or a leading dash are
 * only names.
 */
public record FilePath(List<String> names) {

    public static final FilePath ROOT = new FilePath(List.of());
    private static final int MOST_CHARS = 4096;
    private static final int MOST_NAME_CHARS = 255;

    public FilePath {
        names = List.copyOf(names);
        for (String name : names) {
            requireName("path", name);
        }
    }

    /** {@code /var/log/../tmp/./a} is {@code /tmp/a}; a relative path, a NUL or {@code ..} above the root are refused. */
    public static FilePath parse(String field, String text) {
        if (text == null || !text.startsWith("/")) {
            throw new InvalidInputException(field, Message.of("files.pathAbsolute",
                    "A path starts with '/': {0}", text == null ? "" : text));
        }
        if (text.length() > MOST_CHARS || text.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, Message.of("files.pathInvalid",
                    "A path has at most {0} characters and no NUL.", MOST_CHARS));
        }
        List<String> names = new ArrayList<>();
        for (String part : text.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (names.isEmpty()) {
                    throw new InvalidInputException(field, Message.of("files.pathAboveRoot",
                            "'{0}' goes above '/'.", text));
                }
                names.remove(names.size() - 1);
                continue;
            }
            requireName(field, part);
            names.add(part);
        }
        return new FilePath(names);
    }

    /** A name for a new entry in a directory (an upload's, a new directory's): no '/', not '.' or '..'. */
    public FilePath child(String field, String name) {
        requireName(field, name);
        List<String> longer = new ArrayList<>(names);
        longer.add(name);
        return new FilePath(longer);
    }

    public boolean isRoot() {
        return names.isEmpty();
    }

    public String name() {
        return isRoot() ? "/" : names.get(names.size() - 1);
    }

    public FilePath parent() {
        return isRoot() ? this : new FilePath(names.subList(0, names.size() - 1));
    }

    /** The path and each directory above it, root first: the page's breadcrumbs. */
    public List<FilePath> ancestry() {
        List<FilePath> all = new ArrayList<>();
        for (int i = 0; i <= names.size(); i++) {
            all.add(new FilePath(names.subList(0, i)));
        }
        return all;
    }

    @Override
    public String toString() {
        return "/" + String.join("/", names);
    }

    private static void requireName(String field, String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                || name.indexOf('\0') >= 0 || name.length() > MOST_NAME_CHARS) {
            throw new InvalidInputException(field, Message.of("files.nameInvalid",
                    "'{0}' is not a file name: at most {1} characters, no '/' or NUL, not '.' or '..'.",
                    name == null ? "" : name, MOST_NAME_CHARS));
        }
    }
}
