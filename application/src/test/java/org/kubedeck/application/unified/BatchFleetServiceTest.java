package org.kubedeck.application.unified;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.label.port.in.LabelsUseCase;
import org.kubedeck.application.label.port.out.LabelCluster.LabeledObject;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.unified.port.in.BatchFleetUseCase.BatchCommand;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.unified.FleetBatch;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.workload.LoadLabel;

/**
 * The batch's order of work over in-process fakes: the clusters are changed at once, not one after the other. What
 * it changes on a real API server is in the bootstrap module's UnifiedWebTest.
 */
class BatchFleetServiceTest {

    private static final ClusterName FIRST = ClusterName.of("first");
    private static final ClusterName SECOND = ClusterName.of("second");
    private static final ClusterName READ_ONLY = ClusterName.of("read-only");

    /** Counted down when the second cluster's objects are picked; the first cluster's pick waits for it. */
    private final CountDownLatch secondStarted = new CountDownLatch(1);
    private final FleetSearchSettings settings = new FleetSearchSettings(Duration.ofSeconds(3), Duration.ofSeconds(15));
    private final Fleet fleet = new Fleet(settings);

    /** Picks the Deployment "web" in each cluster; the first cluster answers only once the second has been asked. */
    private final LabelsUseCase labels = new LabelsUseCase() {
        @Override
        public List<LabeledObject> select(Actor actor, ClusterName cluster, String namespace, List<ResourceKind> kinds,
                String selector) {
            if (cluster.equals(SECOND)) {
                secondStarted.countDown();
            } else {
                try {
                    if (!secondStarted.await(10, TimeUnit.SECONDS)) {
                        return List.of();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return List.of();
                }
            }
            return List.of(new LabeledObject(ResourceKind.DEPLOYMENT, namespace, "web", Map.of("app", "web")));
        }

        @Override
        public Map<String, String> labels(Actor actor, ResourceRef resource) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> change(Actor actor, ResourceRef resource, LabelChange change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BatchResult batch(Actor actor, LabelBatchCommand command) {
            throw new UnsupportedOperationException();
        }
    };

    @AfterEach
    void close() {
        fleet.close();
    }

    @Test
    void everyClusterIsChangedAtOnceAndTheAnswerKeepsTheOrderAsked() {
        BatchFleetService service = new BatchFleetService(labels, null, (actor, command) -> "restarted", null,
                LoadLabel.DEFAULT, fleet);
        Actor writer = TestFixture.actor("dev", Permissions.perCluster(Map.of(FIRST, AccessLevel.WRITE, SECOND,
                AccessLevel.WRITE, READ_ONLY, AccessLevel.READ)));

        FleetBatch batch = service.batch(writer, new BatchCommand(FleetBatch.Action.RESTART, List.of(FIRST, READ_ONLY,
                SECOND), "deployment", "shop", LabelSelector.parse("app=web"), Map.of(), null, false));

        assertThat(batch.changes()).as("the first cluster's pick waited for the second's: both ran at once")
                .extracting(change -> change.cluster().value() + " " + change.name() + " " + change.change())
                .containsExactly("first web restart", "second web restart");
        assertThat(batch.refused()).singleElement().satisfies(refusal -> assertThat(refusal.cluster())
                .isEqualTo(READ_ONLY));
        assertThat(batch.failures()).isEmpty();
    }
}
