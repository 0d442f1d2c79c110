package org.kubedeck.application.scan.port.in;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.scan.Check;
import org.kubedeck.domain.scan.Silence;
import org.kubedeck.domain.user.Actor;

/** Checks silenced per object or namespace with a reason, by writers on the cluster, and audited. */
public interface SilenceCheckUseCase {

    Silence silence(Actor actor, SilenceCommand command);

    void unsilence(Actor actor, ClusterName cluster, UUID id);

    /** For those who may read the cluster. */
    List<Silence> silences(Actor actor, ClusterName cluster);

    /** {@code check} by its id; {@code name} empty: the whole namespace. */
    record SilenceCommand(ClusterName cluster, String check, String namespace, String name, String reason) {

        public SilenceCommand {
            Objects.requireNonNull(cluster, "cluster");
            if (namespace != null && !namespace.isBlank()) {
                ResourceRef.checkNamespace(namespace.trim());
            }
        }

        public Check checkOf() {
            return Check.byId(check == null ? "" : check.trim()).orElseThrow(() -> new InvalidInputException(
                    "check", Message.of("scan.unknownCheck", "There is no check '{0}'.", check)));
        }
    }
}
