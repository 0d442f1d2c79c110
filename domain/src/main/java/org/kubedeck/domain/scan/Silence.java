package org.kubedeck.domain.scan;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * A check silenced in a cluster for one object, or for a whole namespace, with the reason someone gave: scans
 * leave out what it covers and count it apart.
 *
 * @param namespace empty for a cluster-wide object (a node)
 * @param name      empty: every object of the namespace
 */
public record Silence(UUID id, ClusterName cluster, Check check, String namespace, String name, String reason,
        String by, Instant at) {

    public static final int MAX_REASON = 500;

    public Silence {
        Objects.requireNonNull(id);
        Objects.requireNonNull(cluster);
        Objects.requireNonNull(check);
        namespace = namespace == null ? "" : namespace.trim();
        name = name == null ? "" : name.trim();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Message.of("scan.silenceNeedsReason",
                    "Say why the check is silenced."));
        }
        reason = reason.trim();
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", Message.of("scan.reasonTooLong",
                    "A reason has at most {0} characters.", MAX_REASON));
        }
        if (namespace.isEmpty() && name.isEmpty()) {
            throw new InvalidInputException("name", Message.of("scan.silenceWhat",
                    "Name the object, or the namespace, the check is silenced for."));
        }
    }

    /** Whether the finding is one this silence leaves out. */
    public boolean covers(Finding finding) {
        return finding.check() == check && finding.namespace().equals(namespace)
                && (name.isEmpty() || finding.name().equals(name));
    }
}
