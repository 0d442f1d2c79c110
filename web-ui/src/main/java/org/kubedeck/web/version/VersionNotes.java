package org.kubedeck.web.version;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kubedeck.domain.audit.AuditAction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A version's note in the page's language, where the console wrote it ({@code scaled from 3 to 5}, {@code history
 * started}); a note a user typed stays as it was typed. The notes are stored in English, as the JSON API gives them.
 * Templates call it as {@code @versionNotes.text(note)}.
 */
@Component("versionNotes")
public class VersionNotes {

    private record Written(Pattern pattern, String key) {
    }

    private static final List<Written> WRITTEN = List.of(
            new Written(Pattern.compile("history started"), "version.note.started"),
            new Written(Pattern.compile("changed outside the console"), "version.note.external"),
            new Written(Pattern.compile("changed outside the console by (.+)"), "version.note.externalBy"),
            new Written(Pattern.compile("scaled from (\\d+) to (\\d+)"), "version.note.scaled"),
            new Written(Pattern.compile("rolled back to v(\\d+)"), "version.note.rolledBack"),
            new Written(Pattern.compile("restored from backup (.+)"), "version.note.restoredFromBackup"),
            new Written(Pattern.compile("automatic restore"), "version.note.autoRestore"),
            new Written(Pattern.compile("kick"), "version.note.kick"),
            new Written(Pattern.compile("restore"), "version.note.restore"),
            new Written(Pattern.compile("labels changed"), "version.note.labels"),
            new Written(Pattern.compile("scheduling changed"), "version.note.scheduling"));

    private final MessageSource messages;

    VersionNotes(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String note) {
        if (note == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (Written written : WRITTEN) {
            Matcher match = written.pattern().matcher(note);
            if (match.matches()) {
                Object[] args = new Object[match.groupCount()];
                for (int group = 1; group <= match.groupCount(); group++) {
                    args[group - 1] = match.group(group);
                }
                return messages.getMessage(written.key(), args, note, locale);
            }
        }
        // What AuditedChanges writes: the words of the audit action ("quota created").
        return action(note).map(action -> messages.getMessage("audit.action." + action.code(), null, note, locale))
                .orElse(note);
    }

    private static Optional<AuditAction> action(String note) {
        return AuditAction.fromCode(note.replace(' ', '_'));
    }
}
