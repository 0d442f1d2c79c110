package org.kubedeck.adapters.persistence.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.adapters.persistence.testing.TableLock;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.quota.port.out.QuotaSamples;
import org.kubedeck.application.testing.QuotaSamplesContract;
import org.kubedeck.domain.cluster.ClusterName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class QuotaSamplesJdbcAdapterTest extends QuotaSamplesContract {

    @Autowired
    ClusterStore clusters;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuotaSamplesJdbcAdapterTest(QuotaSamples samples, Rows rows) {
        super(samples, rows);
    }

    @Test
    void tenReplicasAskingAtOnceTakeEachRoundOnce() throws Exception {
        // No row yet: the first round is taken by inserting it; the next one by updating it.
        jdbc.sql("delete from quota_sampler").update();
        Instant now = freshRound();

        List<Boolean> first = TableLock.race(dataSource, "quota_sampler", 10, i -> samples().takeRound(now, INTERVAL));
        List<Boolean> next = TableLock.race(dataSource, "quota_sampler", 10,
                i -> samples().takeRound(now.plus(INTERVAL), INTERVAL));

        assertThat(first).containsOnlyOnce(true);
        assertThat(next).containsOnlyOnce(true);
    }

    @Test
    void removingTheClusterRemovesItsSamples() {
        ClusterName cluster = cluster();
        samples().record(List.of(sample(cluster, "shop", "compute", "requests.cpu", 0.5, T0)));

        clusters.delete(cluster);

        assertThat(samples().series(cluster, "shop", "compute", T0)).isEmpty();
        assertThat(of(cluster, samples().latest(T0))).isEmpty();
    }
}
