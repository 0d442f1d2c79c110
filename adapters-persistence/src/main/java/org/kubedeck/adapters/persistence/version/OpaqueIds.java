package org.kubedeck.adapters.persistence.version;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The ids the version and backup ports hand out: a row's generated number as decimal text. Whatever else comes
 * back (from a URL, say) names no row, rather than being an error.
 */
final class OpaqueIds {

    private static final Pattern ROW_NUMBER = Pattern.compile("[1-9][0-9]{0,17}");

    private OpaqueIds() {
    }

    static String of(long row) {
        return Long.toString(row);
    }

    /** The row number, or empty when {@code id} cannot be one of ours. */
    static OptionalLong row(String id) {
        return id != null && ROW_NUMBER.matcher(id).matches() ? OptionalLong.of(Long.parseLong(id))
                : OptionalLong.empty();
    }
}
