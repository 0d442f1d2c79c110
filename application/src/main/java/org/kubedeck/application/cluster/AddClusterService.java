package org.kubedeck.application.cluster;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase;
import org.kubedeck.application.cluster.port.out.ClusterConnector;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.cluster.port.out.LocalKubeconfig;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.cluster.Provider;
import org.kubedeck.domain.user.Actor;

/** Registers clusters after connecting to them: from a kubeconfig given, or a context of the local one. */
@UseCase
class AddClusterService implements AddClusterUseCase {

    private final ClusterStore clusters;
    private final RegisteredClusters registered;
    private final SecretBox secrets;
    private final ClusterConnector connector;
    private final LocalKubeconfig local;
    private final AuditLog auditLog;
    private final AccessGuard guard;
    private final Clock clock;

    AddClusterService(ClusterStore clusters, RegisteredClusters registered, SecretBox secrets,
            ClusterConnector connector, LocalKubeconfig local, AuditLog auditLog, AccessGuard guard, Clock clock) {
        this.clusters = clusters;
        this.registered = registered;
        this.secrets = secrets;
        this.connector = connector;
        this.local = local;
        this.auditLog = auditLog;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public void requireMayAddClusters(Actor actor) {
        guard.requireAdmin(actor, "add clusters", "clusters");
    }

    @Override
    public Cluster addCluster(Actor actor, AddClusterCommand command) {
        guard.requireAdmin(actor, "add clusters", command.name().value());
        if (clusters.exists(command.name())) {
            throw new ConflictException(Message.of("cluster.clusterAlreadyExists",
                    "Cluster '{0}' already exists.", command.name()));
        }
        Cluster draft = new Cluster(command.name(), command.displayName(), command.tags(), command.groups(),
                Provider.choice(command.provider()), command.region(), command.context(), clock.instant(), null,
                null, command.impersonate());
        ClusterAccess access = new ClusterAccess(draft.name(), command.kubeconfig(), draft.context());
        ClusterInfo info = connector.probe(access);
        Cluster cluster = draft.withHealth(ClusterHealth.reachable(info, clock.instant()));
        clusters.add(cluster, secrets.seal(command.kubeconfig().content()));
        cluster = cluster.withFacts(registered.sync(cluster));
        auditLog.success(actor, AuditAction.CLUSTER_ADDED, cluster.name().value(), cluster.name().value(),
                AuditDetail.of("version", info.version(), "nodes", info.nodeCount(),
                        "context", cluster.context(), "impersonate", cluster.impersonate()));
        return cluster;
    }

    @Override
    public List<String> contexts(Actor actor, Kubeconfig kubeconfig) {
        guard.requireAdmin(actor, "read kubeconfigs", "kubeconfig");
        return connector.contexts(kubeconfig);
    }

    @Override
    public Optional<ImportOffer> importOffer(Actor actor) {
        if (!actor.isAdmin() || !clusters.findAll().isEmpty()) {
            return Optional.empty();
        }
        return local.find().map(found -> {
            try {
                return new ImportOffer(found.path(), connector.contexts(found.kubeconfig()), null);
            } catch (InvalidInputException e) {
                return new ImportOffer(found.path(), List.of(), e.getMessage());
            }
        });
    }

    @Override
    public Cluster importContext(Actor actor, ImportClusterCommand command) {
        guard.requireAdmin(actor, "import clusters", command.name().value());
        LocalKubeconfig.Found found = local.find().orElseThrow(() -> new NotFoundException(
                Message.of("cluster.thereNoLocalKubeconfig", "There is no local kubeconfig to import from.")));
        return addCluster(actor, new AddClusterCommand(command.name(), command.context(), List.of(),
                command.context(), found.kubeconfig()));
    }
}
