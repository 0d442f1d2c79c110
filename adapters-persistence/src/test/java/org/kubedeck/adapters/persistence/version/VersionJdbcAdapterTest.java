package org.kubedeck.adapters.persistence.version;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.adapters.persistence.testing.TableLock;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.testing.VersionStoreContract;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.kube.YamlVersion;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class VersionJdbcAdapterTest extends VersionStoreContract {

    @Autowired
    ClusterStore clusters;

    @Autowired
    DataSource dataSource;

    @Autowired
    VersionJdbcAdapterTest(VersionStore store, Rows rows) {
        super(store, rows);
    }

    @Test
    void twentyReplicasSeeingTheSameChangeRecordItOnce() throws Exception {
        ResourceRef web = deployment(cluster(), "web");

        List<Optional<YamlVersion>> recorded = TableLock.race(dataSource, "yaml_versions", 20,
                i -> store().record(draft(web, yaml("web", 1), "replica-" + i, T0.plusMillis(i)), null));

        assertThat(recorded).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(store().list(web, 100)).singleElement()
                .satisfies(v -> assertThat(v.version()).isEqualTo(1));
    }

    @Test
    void twentyParallelChangesBecomeVersionsOneToTwentyEachDiffedFromItsPredecessor() throws Exception {
        ResourceRef web = deployment(cluster(), "web");

        List<Optional<YamlVersion>> recorded = TableLock.race(dataSource, "yaml_versions", 20,
                i -> store().record(draft(web, yaml("web", i + 1), "replica-" + i, T0), null));

        assertThat(recorded).allMatch(Optional::isPresent);
        assertThat(recorded).extracting(v -> v.orElseThrow().version())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        List<YamlVersion> history = store().list(web, 100).stream()
                .sorted(Comparator.comparingInt(YamlVersion::version)).toList();
        assertThat(history).hasSize(20);
        String previous = "";
        for (YamlVersion version : history) {
            String previousName = version.version() == 1 ? "(none)" : "v" + (version.version() - 1);
            assertThat(version.diff()).as("v" + version.version())
                    .isEqualTo(VersionHistory.unified(previousName, previous, "v" + version.version(),
                            version.yaml()));
            previous = version.yaml();
        }
    }

    @Test
    void removingTheClusterRemovesItsHistories() {
        ClusterName cluster = cluster();
        YamlVersion v1 = store().record(draft(deployment(cluster, "web"), yaml("web", 1), "alice", T0), null)
                .orElseThrow();

        clusters.delete(cluster);

        assertThat(store().find(v1.id())).isEmpty();
        assertThat(store().tracked(Integer.MAX_VALUE)).noneMatch(resource -> resource.cluster().equals(cluster));
    }
}
