package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.quota.port.out.QuotaSamples;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.quota.QuotaSample;


/**
 * What every QuotaSamples must do; run against the in-memory samples and the database adapter. The store may hold
 * other tests' samples, so each test looks only at its own cluster's, and prunes only before a time no other test
 * uses. The sampling round is one for the whole store, so each test that takes rounds starts at a fresh moment.
 */
public abstract class QuotaSamplesContract extends PortContract<QuotaSamples> {

    protected static final Instant T0 = Instant.parse("2026-06-01T10:00:00.123456Z");
    protected static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final Instant ROUNDS_BEGIN = Instant.parse("2030-01-01T00:00:00Z");
    private static final AtomicLong ROUNDS_ASKED = new AtomicLong();

    protected QuotaSamplesContract(QuotaSamples samples, ReferencedRows rows) {
        super(samples, rows);
    }

    protected QuotaSamples samples() {
        return port();
    }

    /** A day after every moment handed out before in this JVM, far more than any interval here: a round is due. */
    protected static Instant freshRound() {
        return ROUNDS_BEGIN.plus(Duration.ofDays(ROUNDS_ASKED.incrementAndGet()));
    }

    /** A sample of {@code ratio} × 100m used of 100m. */
    protected static QuotaSample sample(ClusterName cluster, String namespace, String quota, String resource,
            double ratio, Instant at) {
        return new QuotaSample(cluster, namespace, quota, resource, Math.round(ratio * 100) + "m", "100m", ratio,
                at);
    }

    protected static List<QuotaSample> of(ClusterName cluster, List<QuotaSample> samples) {
        return samples.stream().filter(s -> s.cluster().equals(cluster)).toList();
    }

    @Test
    void aRoundIsTakenOnceAndThenAgainOnlyWhenTheIntervalHasPassed() {
        Instant now = freshRound();

        assertThat(samples().takeRound(now, INTERVAL)).isTrue();
        assertThat(samples().takeRound(now, INTERVAL)).isFalse();
        assertThat(samples().takeRound(now.minusSeconds(1), INTERVAL)).as("a replica whose clock is behind")
                .isFalse();
        assertThat(samples().takeRound(now.plus(INTERVAL).minusMillis(1), INTERVAL)).isFalse();
        assertThat(samples().takeRound(now.plus(INTERVAL), INTERVAL)).isTrue();
        assertThat(samples().takeRound(now.plus(INTERVAL).plusSeconds(1), INTERVAL)).isFalse();
    }

    @Test
    void latestIsTheNewestSampleOfEachItemSinceTheGivenTimeSortedByItem() {
        ClusterName cluster = cluster();
        Instant since = T0.minus(Duration.ofMinutes(15));
        QuotaSample cpuNow = sample(cluster, "shop", "compute", "requests.cpu", 0.3, T0);
        QuotaSample memoryAtSince = new QuotaSample(cluster, "shop", "compute", "limits.memory", null, "1Gi", 0.0,
                since);
        QuotaSample pods = sample(cluster, "shop", "objects", "count/pods", 0.5, T0.minusSeconds(120));
        QuotaSample webPods = sample(cluster, "web", "compute", "pods", 1.25, T0.minusSeconds(60));
        samples().record(List.of(sample(cluster, "shop", "compute", "requests.cpu", 0.2, T0.minusSeconds(300)),
                webPods, cpuNow, pods));
        samples().record(List.of(memoryAtSince,
                sample(cluster, "shop", "compute", "requests.cpu", 0.1, T0.minusSeconds(600)),
                sample(cluster, "shop", "compute", "requests.memory", 0.9, since.minusNanos(1000))));

        assertThat(of(cluster, samples().latest(since))).containsExactly(memoryAtSince, cpuNow, pods, webPods);
        assertThat(of(cluster, samples().latest(T0.plusNanos(1000)))).isEmpty();
    }

    @Test
    void aSeriesIsOneQuotaOldestFirstWithEveryResource() {
        ClusterName cluster = cluster();
        List<QuotaSample> compute = List.of(
                sample(cluster, "shop", "compute", "requests.memory", 0.6, T0),
                sample(cluster, "shop", "compute", "requests.cpu", 0.5, T0.minusSeconds(60)),
                sample(cluster, "shop", "compute", "requests.memory", 0.4, T0.minusSeconds(60)),
                sample(cluster, "shop", "compute", "requests.cpu", 0.3, T0.minusSeconds(120)));
        samples().record(compute);
        samples().record(List.of(sample(cluster, "shop", "compute", "requests.cpu", 0.1, T0.minusSeconds(180)),
                sample(cluster, "shop", "objects", "count/pods", 0.2, T0),
                sample(cluster, "web", "compute", "requests.cpu", 0.2, T0),
                sample(cluster(), "shop", "compute", "requests.cpu", 0.2, T0)));

        List<QuotaSample> series = samples().series(cluster, "shop", "compute", T0.minusSeconds(120));

        assertThat(series).containsExactlyInAnyOrderElementsOf(compute)
                .isSortedAccordingTo(Comparator.comparing(QuotaSample::at));
        assertThat(samples().series(cluster, "shop", "storage", T0.minusSeconds(120))).isEmpty();
    }

    @Test
    void pruneDeletesOnlyTheOlderSamplesAndCountsThem() {
        // Long before every other test's samples, which a prune here must not reach.
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        ClusterName cluster = cluster();
        List<QuotaSample> all = List.of(sample(cluster, "shop", "compute", "requests.cpu", 0.1, longAgo),
                sample(cluster, "shop", "compute", "requests.memory", 0.2, longAgo.plusSeconds(60)),
                sample(cluster, "shop", "compute", "requests.cpu", 0.3, longAgo.plusSeconds(120)),
                sample(cluster, "shop", "compute", "requests.cpu", 0.4, longAgo.plusSeconds(180)));
        samples().record(all);

        assertThat(samples().prune(longAgo.plusSeconds(120))).isEqualTo(2);

        assertThat(samples().series(cluster, "shop", "compute", Instant.EPOCH)).containsExactlyElementsOf(
                all.subList(2, 4));
        assertThat(samples().prune(longAgo.plusSeconds(120))).isZero();
    }
}
