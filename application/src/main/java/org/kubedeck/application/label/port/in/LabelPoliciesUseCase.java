package org.kubedeck.application.label.port.in;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.label.LabelPolicy;
import org.kubedeck.domain.user.Actor;

/**
 * The labels a cluster requires: read by its readers, set and removed by its admins (audited). Scans report each
 * object of a policy's kinds that breaks it.
 */
public interface LabelPoliciesUseCase {

    List<LabelPolicy> policies(Actor actor, ClusterName cluster);

    /** A policy for the same key on the cluster is replaced. */
    LabelPolicy set(Actor actor, SetPolicyCommand command);

    void remove(Actor actor, ClusterName cluster, UUID id);

    /** @param kinds as the console names kinds: {@code deployment}, {@code services}... */
    record SetPolicyCommand(ClusterName cluster, String key, List<String> kinds, List<String> allowed,
            String pattern) {

        public SetPolicyCommand {
            Objects.requireNonNull(cluster, "cluster");
            kinds = kinds == null ? List.of() : kinds.stream().filter(kind -> kind != null && !kind.isBlank())
                    .map(kind -> ResourceKind.of(kind).resource()).distinct().toList();
            allowed = allowed == null ? List.of() : allowed.stream().filter(value -> value != null
                    && !value.isBlank()).map(String::trim).distinct().toList();
        }

        public LabelPolicy policy() {
            return new LabelPolicy(UUID.randomUUID(), key == null ? "" : key.trim(), kinds, allowed, pattern);
        }
    }
}
