package org.kubedeck.application.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.capacity.port.out.CapacitySettingsStore;
import org.kubedeck.application.label.port.out.LabelPolicyStore;
import org.kubedeck.application.scan.port.out.ScanCluster;
import org.kubedeck.application.scan.port.out.ScanStore;
import org.kubedeck.application.scan.port.out.SilenceStore;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.capacity.NamespaceBudget;
import org.kubedeck.domain.capacity.Prices;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.label.LabelPolicy;
import org.kubedeck.domain.scan.ClusterSnapshot;
import org.kubedeck.domain.scan.ClusterSnapshot.NodeState;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.scan.Scanner;
import org.kubedeck.domain.scan.Silence;
import org.kubedeck.domain.workload.LoadLabel;

/**
 * The schedule's turns on port fakes: which replica takes a turn is the database's part (its test is the web test
 * of the store); here, that each cluster is scanned once per interval, in the name of system, and that an
 * unreachable cluster waits for its next turn without stopping the others.
 */
class RunScheduledScansServiceTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final ClusterName DOWN = ClusterName.of("down");

    private final TestFixture f = new TestFixture();
    private final List<ScanReport> saved = new ArrayList<>();
    private final Map<ClusterName, Instant> turns = new HashMap<>();

    private final ScanStore store = new ScanStore() {
        @Override
        public void save(ScanReport report) {
            saved.add(report);
        }

        @Override
        public List<ScanReport> history(ClusterName cluster, String namespace, int limit) {
            return List.of();
        }

        @Override
        public boolean takeTurn(ClusterName cluster, Instant now, Duration interval) {
            Instant last = turns.get(cluster);
            if (last != null && last.isAfter(now.minus(interval))) {
                return false;
            }
            turns.put(cluster, now);
            return true;
        }

        @Override
        public Optional<ScanReport> find(ClusterName cluster, UUID id) {
            return Optional.empty();
        }
    };

    private RunScheduledScansService service(Duration interval) {
        Scans scans = new Scans(new ScanCluster() {
            @Override
            public ClusterSnapshot snapshot(ClusterAccess access, String namespace) {
                if (access.name().equals(DOWN)) {
                    throw new ClusterUnavailableException(Message.of("test.down", "down"));
                }
                return new ClusterSnapshot(List.of(), List.of(), List.of(), List.of(),
                        List.of(new NodeState("node-a", false, List.of())), List.of(), List.of(), List.of());
            }

            @Override
            public Planned planned(ClusterAccess access, String namespace, String manifest) {
                throw new UnsupportedOperationException("Scheduled scans read no manifests");
            }
        }, store, new NoSilences(), new NoPolicies(), new NoPrices(), new Scanner(LoadLabel.DEFAULT, 0.8), f.clock());
        return new RunScheduledScansService(f.clusters, f.keyring, store, scans, new ScanSchedule(interval),
                f.clock());
    }

    @Test
    void eachClusterIsScannedOncePerIntervalAsSystemAndAnUnreachableOneWaits() {
        f.register(PROD, "Production", "prod.example:6443");
        f.register(DOWN, "Down", "down.example:6443");
        RunScheduledScansService service = service(Duration.ofHours(6));

        assertThat(service.runDueScans()).isOne();
        assertThat(saved).singleElement().satisfies(report -> {
            assertThat(report.cluster()).isEqualTo(PROD);
            assertThat(report.actor()).isEqualTo("system");
            assertThat(report.namespace()).isEmpty();
            assertThat(report.findings()).hasSize(1);
        });
        assertThat(service.runDueScans()).as("not yet due").isZero();
        f.clock.advance(Duration.ofHours(6));
        assertThat(service.runDueScans()).isOne();
        assertThat(saved).hasSize(2);
    }

    @Test
    void anIntervalOfZeroSchedulesNothing() {
        f.register(PROD, "Production", "prod.example:6443");
        assertThat(service(Duration.ZERO).runDueScans()).isZero();
        assertThat(saved).isEmpty();
    }

    private static final class NoSilences implements SilenceStore {

        @Override
        public void save(Silence silence) {
        }

        @Override
        public List<Silence> list(ClusterName cluster) {
            return List.of();
        }

        @Override
        public boolean delete(ClusterName cluster, UUID id) {
            return false;
        }
    }

    private static final class NoPolicies implements LabelPolicyStore {

        @Override
        public void save(ClusterName cluster, LabelPolicy policy, String by, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LabelPolicy> list(ClusterName cluster) {
            return List.of();
        }

        @Override
        public boolean delete(ClusterName cluster, UUID id) {
            return false;
        }
    }

    private static final class NoPrices implements CapacitySettingsStore {

        @Override
        public Prices prices(ClusterName cluster) {
            return Prices.NONE;
        }

        @Override
        public void savePrices(ClusterName cluster, Prices prices) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<NamespaceBudget> budgets(ClusterName cluster) {
            return List.of();
        }

        @Override
        public void saveBudget(ClusterName cluster, NamespaceBudget budget) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean deleteBudget(ClusterName cluster, String namespace) {
            return false;
        }
    }
}
