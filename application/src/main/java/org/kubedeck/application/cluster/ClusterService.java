package org.kubedeck.application.cluster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.cluster.port.in.MaintainClustersUseCase;
import org.kubedeck.application.cluster.port.in.ManageClustersUseCase;
import org.kubedeck.application.cluster.port.out.ClusterConnector;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.cluster.port.out.LocalKubeconfig;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers clusters. No database transaction spans a call to a cluster: the connection is tried first (a
 * cluster that does not answer is not added, and the caller learns why), and only what connected is stored.
 */
@UseCase
class ClusterService implements ClusterQuery, ManageClustersUseCase, MaintainClustersUseCase {

    private static final Logger log = LoggerFactory.getLogger(ClusterService.class);
    private static final int PARALLEL_PROBES = 8;

    private final ClusterStore clusters;
    private final SecretBox secrets;
    private final ClusterConnector connector;
    private final ClusterKeyring keyring;
    private final LocalKubeconfig local;
    private final AuditLog auditLog;
    private final AccessGuard guard;
    private final Clock clock;

    ClusterService(ClusterStore clusters, SecretBox secrets, ClusterConnector connector, ClusterKeyring keyring,
            LocalKubeconfig local, AuditLog auditLog, AccessGuard guard, Clock clock) {
        this.clusters = clusters;
        this.local = local;
        this.secrets = secrets;
        this.connector = connector;
        this.keyring = keyring;
        this.auditLog = auditLog;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public List<Cluster> visibleClusters(Actor actor) {
        return clusters.findAll().stream().filter(c -> actor.permissions().canSee(c.name())).toList();
    }

    @Override
    public Cluster cluster(Actor actor, ClusterName name) {
        guard.require(actor, name, ClusterAction.VIEW, "view cluster " + name, name.value());
        return existing(name);
    }

    @Override
    public Cluster clusterToConfigure(Actor actor, ClusterName name) {
        guard.require(actor, name, ClusterAction.CONFIGURE, "configure cluster " + name, name.value());
        return existing(name);
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
        Cluster draft = new Cluster(command.name(), command.displayName(), command.tags(), command.context(),
                clock.instant(), null);
        ClusterInfo info = connector.probe(new ClusterAccess(draft.name(), command.kubeconfig(), draft.context()));
        Cluster cluster = draft.withHealth(ClusterHealth.reachable(info, clock.instant()));
        clusters.add(cluster, secrets.seal(command.kubeconfig().content()));
        auditLog.success(actor, AuditAction.CLUSTER_ADDED, cluster.name().value(), cluster.name().value(),
                AuditDetail.of("version", info.version(), "nodes", info.nodeCount(),
                        "context", cluster.context()));
        return cluster;
    }

    @Override
    public Cluster updateCluster(Actor actor, UpdateClusterCommand command) {
        guard.require(actor, command.name(), ClusterAction.CONFIGURE, "edit cluster " + command.name(),
                command.name().value());
        Cluster before = existing(command.name());
        Cluster after = before.withDetails(command.displayName().orElse(before.displayName()),
                command.tags().orElse(before.tags()), command.context().orElse(before.context()));
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
        clusters.update(after, sealed);
        auditLog.success(actor, AuditAction.CLUSTER_UPDATED, after.name().value(), after.name().value(),
                AuditDetail.of("display_name", after.displayName(), "tags", String.join(",", after.tags()),
                        "context", after.context(), "kubeconfig_replaced", command.kubeconfig().isPresent()));
        return after;
    }

    @Override
    public void deleteCluster(Actor actor, ClusterName name) {
        guard.requireAdmin(actor, "delete clusters", name.value());
        existing(name);
        clusters.delete(name);
        auditLog.success(actor, AuditAction.CLUSTER_DELETED, name.value(), name.value(), AuditDetail.EMPTY);
    }

    @Override
    public ClusterHealth testConnection(Actor actor, ClusterName name) {
        guard.require(actor, name, ClusterAction.CONFIGURE, "test the connection to " + name, name.value());
        ClusterHealth health = probe(existing(name));
        auditLog.record(actor, AuditAction.CLUSTER_TESTED, name.value(), name.value(),
                health.status() == ClusterHealth.Status.REACHABLE ? Outcome.SUCCESS : Outcome.FAILURE,
                AuditDetail.of("status", health.status().code(), "error", health.error()));
        return health;
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
    public Cluster importContext(Actor actor, String context, ClusterName name) {
        guard.requireAdmin(actor, "import clusters", name.value());
        LocalKubeconfig.Found found = local.find().orElseThrow(() -> new NotFoundException(
                Message.of("cluster.thereNoLocalKubeconfig", "There is no local kubeconfig to import from.")));
        return addCluster(actor, new AddClusterCommand(name, context, List.of(), context, found.kubeconfig()));
    }

    @Override
    public void refreshHealth() {
        List<Cluster> all = clusters.findAll();
        if (all.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_PROBES, all.size()));
        try {
            List<Future<ClusterHealth>> probes = new ArrayList<>();
            for (Cluster cluster : all) {
                probes.add(pool.submit(() -> probe(cluster)));
            }
            for (Future<ClusterHealth> probe : probes) {
                probe.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("Cluster health check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Connects and records the outcome as the cluster's health; never throws for an unreachable cluster. */
    private ClusterHealth probe(Cluster cluster) {
        ClusterHealth health;
        try {
            health = ClusterHealth.reachable(connector.probe(keyring.open(cluster)), clock.instant());
        } catch (DomainException e) {
            health = ClusterHealth.unreachable(e.getMessage(), clock.instant());
        }
        try {
            clusters.updateHealth(cluster.name(), health);
        } catch (NotFoundException e) {
            // Deleted while it was being probed.
        }
        return health;
    }

    private Cluster existing(ClusterName name) {
        return clusters.find(name).orElseThrow(() -> new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                "Cluster '{0}' does not exist.", name)));
    }
}
