package org.kubedeck.domain.kube;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The rules of a resource's history: when a state is a new version, its number, and the diffs between states. */
public final class VersionHistory {

    private static final int CONTEXT_LINES = 3;

    private VersionHistory() {
    }

    /**
     * The version a draft becomes after {@code latest}: empty when the YAML is unchanged, else the next number
     * with the unified diff from the latest (from nothing for the first).
     */
    public static Optional<Next> next(Optional<YamlVersion> latest, VersionDraft draft) {
        if (latest.isPresent() && latest.get().yaml().equals(draft.yaml())) {
            return Optional.empty();
        }
        int number = latest.map(v -> v.version() + 1).orElse(1);
        boolean startsHistory = latest.isEmpty() && YamlVersion.EXTERNAL.equals(draft.author());
        return Optional.of(new Next(number, diff(latest, number, draft.yaml()),
                startsHistory ? YamlVersion.FIRST_SEEN : draft.author(),
                startsHistory ? YamlVersion.FIRST_SEEN_NOTE : draft.note()));
    }

    /**
     * The unified diff that version {@code number}, holding {@code yaml}, carries: from {@code previous}, the
     * version before it, or from nothing for the first.
     */
    public static String diff(Optional<YamlVersion> previous, int number, String yaml) {
        return unified(previous.map(v -> "v" + v.version()).orElse("(none)"),
                previous.map(YamlVersion::yaml).orElse(""), "v" + number, yaml);
    }

    /** A unified diff ({@code ---}, {@code +++}, {@code @@} hunks) with three lines of context; empty when equal. */
    public static String unified(String fromName, String from, String toName, String to) {
        List<String> original = lines(from);
        List<String> revised = lines(to);
        Patch<String> patch = DiffUtils.diff(original, revised);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, original, patch,
                CONTEXT_LINES)) + "\n";
    }

    /** Rows for showing two states side by side, with line numbers on each side. */
    public static List<SideBySideRow> sideBySide(String from, String to) {
        List<DiffRow> rows = DiffRowGenerator.create().showInlineDiffs(false).ignoreWhiteSpaces(false)
                .reportLinesUnchanged(true).build().generateDiffRows(lines(from), lines(to));
        List<SideBySideRow> result = new ArrayList<>(rows.size());
        int left = 0;
        int right = 0;
        for (DiffRow row : rows) {
            SideBySideRow.Change change = switch (row.getTag()) {
                case INSERT -> SideBySideRow.Change.ADDED;
                case DELETE -> SideBySideRow.Change.REMOVED;
                case CHANGE -> SideBySideRow.Change.CHANGED;
                case EQUAL -> SideBySideRow.Change.SAME;
            };
            boolean hasLeft = change != SideBySideRow.Change.ADDED;
            boolean hasRight = change != SideBySideRow.Change.REMOVED;
            result.add(new SideBySideRow(hasLeft ? ++left : 0, hasLeft ? row.getOldLine() : "",
                    hasRight ? ++right : 0, hasRight ? row.getNewLine() : "", change));
        }
        return result;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.asList(body.split("\n", -1));
    }

    /** @param diff unified, from the previous version */
    /** The number, diff, author and note the next version gets. */
    public record Next(int version, String diff, String author, String note) {
    }

    /**
     * One line of a side-by-side view.
     *
     * @param leftNumber  0 where the left side has no line
     * @param rightNumber 0 where the right side has no line
     */
    public record SideBySideRow(int leftNumber, String left, int rightNumber, String right, Change change) {

        public enum Change { SAME, ADDED, REMOVED, CHANGED }
    }
}
