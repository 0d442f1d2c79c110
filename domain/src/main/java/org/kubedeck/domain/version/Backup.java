package org.kubedeck.domain.version;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * Every supported object of one namespace at one moment.
 *
 * @param yaml    one multi-document YAML, normalized, Secret values masked; empty in a summary (what a list
 *                shows)
 * @param author  the user, or {@code system} for a scheduled backup
 */
public record Backup(String id, ClusterName cluster, String namespace, Instant createdAt, String author,
        List<BackupObject> objects, String yaml) {

    public Backup {
        Objects.requireNonNull(cluster);
        objects = List.copyOf(objects);
    }

    /** One object of a backup, written {@code kind/name} ({@code configmap/settings}, the kind as its code). */
    public record BackupObject(ResourceKind kind, String name) {

        /** {@code configmap/settings}: how the restore form sends an object and the store keeps it. */
        public String text() {
            return kind.code() + "/" + name;
        }

        /** The object {@link #text()} wrote; InvalidInputException naming {@code field} for other text. */
        public static BackupObject parse(String field, String text) {
            int slash = text.indexOf('/');
            if (slash < 0) {
                throw new InvalidInputException(field, Message.of("version.notKindName", "'{0}' is not kind/name.",
                        text));
            }
            return new BackupObject(ResourceKind.of(text.substring(0, slash)), text.substring(slash + 1));
        }
    }
}
