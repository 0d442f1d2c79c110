package org.kubedeck.application.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kubedeck.application.quota.port.out.QuotaSamples;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.quota.QuotaSample;

/** Samples in memory; every method holds the one lock, as the database's single sampler row does for rounds. */
public class InMemoryQuotaSamples implements QuotaSamples {

    private static final Comparator<QuotaSample> BY_ITEM = Comparator
            .comparing((QuotaSample s) -> s.cluster().value())
            .thenComparing(QuotaSample::namespace)
            .thenComparing(QuotaSample::quota)
            .thenComparing(QuotaSample::resource);

    private final List<QuotaSample> samples = new ArrayList<>();
    private Instant lastRun;

    @Override
    public synchronized boolean takeRound(Instant now, Duration interval) {
        if (lastRun != null && lastRun.isAfter(now.minus(interval))) {
            return false;
        }
        lastRun = now;
        return true;
    }

    @Override
    public synchronized void record(List<QuotaSample> taken) {
        samples.addAll(taken);
    }

    @Override
    public synchronized List<QuotaSample> latest(Instant since) {
        Map<QuotaSample, QuotaSample> newest = new TreeMap<>(BY_ITEM);
        for (QuotaSample sample : samples) {
            if (!sample.at().isBefore(since)) {
                newest.merge(sample, sample, (a, b) -> b.at().isAfter(a.at()) ? b : a);
            }
        }
        return List.copyOf(newest.values());
    }

    @Override
    public synchronized List<QuotaSample> series(ClusterName cluster, String namespace, String quota,
            Instant since) {
        return samples.stream()
                .filter(s -> s.cluster().equals(cluster) && s.namespace().equals(namespace)
                        && s.quota().equals(quota) && !s.at().isBefore(since))
                .sorted(Comparator.comparing(QuotaSample::at).thenComparing(QuotaSample::resource))
                .toList();
    }

    @Override
    public synchronized int prune(Instant before) {
        int size = samples.size();
        samples.removeIf(s -> s.at().isBefore(before));
        return size - samples.size();
    }
}
