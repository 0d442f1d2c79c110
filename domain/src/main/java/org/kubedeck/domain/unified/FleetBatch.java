package org.kubedeck.domain.unified;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * One change made, or previewed, on the objects a selector picks in several clusters: what changes (or would), the
 * clusters where the user may not change anything (left untouched), what failed, object by object, and what a
 * preview warns of (a kick that would leave a Service without pods).
 */
public record FleetBatch(boolean dryRun, List<Change> changes, List<Refusal> refused, List<Failure> failures,
        List<Warning> warnings) {

    public FleetBatch {
        changes = List.copyOf(changes);
        refused = List.copyOf(refused);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** The parts of one batch, each cluster's, as one, in their order. */
    public static FleetBatch of(boolean dryRun, List<FleetBatch> parts) {
        return new FleetBatch(dryRun, parts.stream().flatMap(part -> part.changes().stream()).toList(),
                parts.stream().flatMap(part -> part.refused().stream()).toList(),
                parts.stream().flatMap(part -> part.failures().stream()).toList(),
                parts.stream().flatMap(part -> part.warnings().stream()).toList());
    }

    /** What a batch does to each object it picks. */
    public enum Action {
        LABEL, SCALE, RESTART, KICK, RESTORE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action parse(String code) {
            for (Action action : values()) {
                if (action.code().equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                    return action;
                }
            }
            throw new InvalidInputException("action", Message.of("unified.actionUnknown",
                    "The action is one of label, scale, restart, kick or restore."));
        }
    }

    /** @param change what it is, or would be: {@code replicas 2 → 5}, {@code +team=shop}, {@code load online → done} */
    public record Change(ClusterName cluster, String namespace, String name, String change) {

        public Change {
            Objects.requireNonNull(cluster);
        }
    }

    public record Refusal(ClusterName cluster, Message reason) {
    }

    public record Failure(ClusterName cluster, String name, Message message) {
    }

    public record Warning(ClusterName cluster, Message message) {
    }
}
