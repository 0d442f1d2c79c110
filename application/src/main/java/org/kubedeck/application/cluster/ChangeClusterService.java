package org.kubedeck.application.cluster;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.cluster.port.in.ChangeClusterUseCase;
import org.kubedeck.application.cluster.port.out.ClusterConnector;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.cluster.Provider;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Edits, tests and removes registered clusters; a changed connection is tried before it is stored. */
@UseCase
class ChangeClusterService implements ChangeClusterUseCase {

    private final RegisteredClusters clusters;
    private final SecretBox secrets;
    private final ClusterConnector connector;
    private final ClusterKeyring keyring;
    private final AuditLog auditLog;
    private final AccessGuard guard;
    private final Clock clock;

    ChangeClusterService(RegisteredClusters clusters, SecretBox secrets, ClusterConnector connector,
            ClusterKeyring keyring, AuditLog auditLog, AccessGuard guard, Clock clock) {
        this.clusters = clusters;
        this.secrets = secrets;
        this.connector = connector;
        this.keyring = keyring;
        this.auditLog = auditLog;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Cluster updateCluster(Actor actor, UpdateClusterCommand command) {
        guard.require(actor, command.name(), ClusterAction.CONFIGURE, "edit cluster " + command.name(),
                command.name().value());
        Cluster before = clusters.existing(command.name());
        Cluster after = before.withDetails(command.displayName().orElse(before.displayName()),
                command.tags().orElse(before.tags()), command.groups().orElse(before.groups()),
                // "auto" chooses none: Optional.map would take that for "not given".
                command.provider().isPresent() ? Provider.choice(command.provider().get()) : before.provider(),
                command.region().orElse(before.region()), command.context().orElse(before.context()))
                .withImpersonation(command.impersonate().orElse(before.impersonate()));
        Optional<SealedSecret> sealed = Optional.empty();
        boolean connectionChanged = command.kubeconfig().isPresent()
                || !Objects.equals(before.context(), after.context());
        if (connectionChanged) {
            Kubeconfig kubeconfig = command.kubeconfig().orElseGet(() -> keyring.open(before).kubeconfig());
            ClusterInfo info = connector.probe(new ClusterAccess(after.name(), kubeconfig, after.context()));
            after = after.withHealth(ClusterHealth.reachable(info, clock.instant()));
            if (command.kubeconfig().isPresent()) {
                sealed = Optional.of(secrets.seal(kubeconfig.content()));
            }
        }
        clusters.store().update(after, sealed);
        auditLog.success(actor, AuditAction.CLUSTER_UPDATED, after.name().value(), after.name().value(),
                AuditDetail.of("display_name", after.displayName(), "tags", String.join(",", after.tagTexts()),
                        "groups", String.join(",", after.groups()), "provider", after.provider() == null ? "auto"
                                : after.provider().code(), "region", after.region(),
                        "context", after.context(), "kubeconfig_replaced", command.kubeconfig().isPresent(),
                        "impersonate", after.impersonate()));
        return after;
    }

    @Override
    public void deleteCluster(Actor actor, ClusterName name) {
        guard.requireAdmin(actor, "delete clusters", name.value());
        clusters.existing(name);
        clusters.store().delete(name);
        auditLog.success(actor, AuditAction.CLUSTER_DELETED, name.value(), name.value(), AuditDetail.EMPTY);
    }

    @Override
    public ClusterHealth testConnection(Actor actor, ClusterName name) {
        guard.require(actor, name, ClusterAction.CONFIGURE, "test the connection to " + name, name.value());
        Cluster cluster = clusters.existing(name);
        ClusterHealth health = clusters.probe(cluster);
        if (health.status() == ClusterHealth.Status.REACHABLE) {
            clusters.sync(cluster);
        }
        auditLog.record(actor, AuditAction.CLUSTER_TESTED, name.value(), name.value(),
                health.status() == ClusterHealth.Status.REACHABLE ? Outcome.SUCCESS : Outcome.FAILURE,
                AuditDetail.of("status", health.status().code(), "error", health.errorText()));
        return health;
    }
}
