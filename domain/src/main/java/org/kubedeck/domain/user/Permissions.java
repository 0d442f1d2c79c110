package org.kubedeck.domain.user;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * What a user may do. A global admin may do everything. Otherwise, when the user has per-cluster levels
 * they alone decide (clusters not listed are invisible); without any, the global read and write flags
 * apply to every cluster.
 */
public record Permissions(boolean admin, boolean read, boolean write, Map<ClusterName, AccessLevel> clusters) {

    public static final Permissions NONE = new Permissions(false, false, false, Map.of());
    public static final Permissions ADMINISTRATOR = new Permissions(true, true, true, Map.of());

    public Permissions {
        clusters = Collections.unmodifiableMap(new TreeMap<>(clusters == null ? Map.of() : clusters));
    }

    public static Permissions globalRead() {
        return new Permissions(false, true, false, Map.of());
    }

    public static Permissions globalWrite() {
        return new Permissions(false, true, true, Map.of());
    }

    public static Permissions perCluster(Map<ClusterName, AccessLevel> clusters) {
        return new Permissions(false, false, false, clusters);
    }

    /** The level this user has on a cluster, or empty when the cluster is invisible to them. */
    public Optional<AccessLevel> levelOn(ClusterName cluster) {
        if (admin) {
            return Optional.of(AccessLevel.ADMIN);
        }
        if (!clusters.isEmpty()) {
            return Optional.ofNullable(clusters.get(cluster));
        }
        if (write) {
            return Optional.of(AccessLevel.WRITE);
        }
        return read ? Optional.of(AccessLevel.READ) : Optional.empty();
    }

    public boolean allows(ClusterName cluster, ClusterAction action) {
        return levelOn(cluster).map(level -> level.includes(action.requires())).orElse(false);
    }

    /**
     * The same clusters, each at read at most: what a read-only API token of this user may do. A global admin
     * reads every cluster and administers nothing.
     */
    public Permissions limitedToRead() {
        Map<ClusterName, AccessLevel> levels = new TreeMap<>();
        clusters.keySet().forEach(cluster -> levels.put(cluster, AccessLevel.READ));
        return new Permissions(false, admin || read || write, false, levels);
    }

    public boolean canSee(ClusterName cluster) {
        return allows(cluster, ClusterAction.VIEW);
    }
}
