package org.kubedeck.application.testing;

import java.time.Clock;
import java.util.List;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.Username;

/** The in-memory ports wired together, as each use-case test needs them. */
public class TestFixture {

    public final MutableClock clock = new MutableClock();
    public final InMemoryUserStore users = new InMemoryUserStore();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final InMemoryLoginAttempts loginAttempts = new InMemoryLoginAttempts();
    public final ReversiblePasswordHasher hasher = new ReversiblePasswordHasher();
    public final AuditLog auditLog = new AuditLog(audit, clock);
    public final AccessGuard guard = new AccessGuard(auditLog);
    public final InMemoryClusterStore clusters = new InMemoryClusterStore();
    public final XorSecretBox secrets = new XorSecretBox("key-1");
    public final FakeClusters kubernetes = new FakeClusters();
    public final ClusterKeyring keyring = new ClusterKeyring(clusters, secrets);
    public final ClusterGate gate = new ClusterGate(guard, keyring);
    public final InMemoryRestoreSchedule restores = new InMemoryRestoreSchedule();

    public Clock clock() {
        return clock;
    }

    /** Registers a cluster whose kubeconfig names {@code https://<server>}, as {@link FakeClusters} serves it. */
    public void register(ClusterName name, String displayName, String server) {
        clusters.add(new Cluster(name, displayName, List.of(), null, clock.instant(), null),
                secrets.seal(FakeClusters.kubeconfig(server).content()));
    }

    /** Versions recorded over fakes, for the use cases that record their changes but whose tests do not read them. */
    public ResourceHistory history() {
        return new ResourceHistory(new FakeResourceCluster(), new InMemoryVersionStore(), secrets, clock);
    }

    /** Changes recorded in {@code history} and audited in this fixture's trail. */
    public AuditedChanges changes(ResourceHistory history) {
        return new AuditedChanges(history, auditLog);
    }

    /** Changes recorded over fakes and audited in this fixture's trail. */
    public AuditedChanges changes() {
        return changes(history());
    }

    public static Actor actor(String name, Permissions permissions) {
        return new Actor(Username.of(name), "10.1.1.1", permissions);
    }
}
