package org.kubedeck.domain.version;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
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

    public record BackupObject(ResourceKind kind, String name) {
    }
}
