package org.kubedeck.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;

/** Quotas and limit ranges of one cluster in memory; tests set what the cluster counts as used. */
public class FakeQuotaCluster implements QuotaCluster {

    private final Map<String, QuotaView> quotas = new TreeMap<>();
    private final Map<String, LimitSpec> limitRanges = new TreeMap<>();
    private boolean unreachable;

    public synchronized void used(String namespace, String name, Map<String, String> used) {
        QuotaView quota = quotas.get(namespace + "/" + name);
        quotas.put(namespace + "/" + name, new QuotaView(name, quota.hard(), used));
    }

    public synchronized void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    @Override
    public synchronized List<QuotaView> quotas(ClusterAccess cluster, String namespace) {
        check();
        return quotas.entrySet().stream().filter(e -> e.getKey().startsWith(namespace + "/"))
                .map(Map.Entry::getValue).toList();
    }

    @Override
    public synchronized Optional<QuotaView> quota(ClusterAccess cluster, String namespace, String name) {
        check();
        return Optional.ofNullable(quotas.get(namespace + "/" + name));
    }

    @Override
    public synchronized List<NamespacedQuota> everyQuota(ClusterAccess cluster) {
        check();
        List<NamespacedQuota> all = new ArrayList<>();
        quotas.forEach((key, quota) -> all.add(new NamespacedQuota(key.substring(0, key.indexOf('/')), quota)));
        return all;
    }

    @Override
    public synchronized QuotaView createQuota(ClusterAccess cluster, String namespace, QuotaSpec spec) {
        check();
        if (quotas.containsKey(namespace + "/" + spec.name())) {
            throw new ConflictException("ResourceQuota " + namespace + "/" + spec.name() + " already exists.");
        }
        QuotaView created = new QuotaView(spec.name(), spec.hard(), Map.of());
        quotas.put(namespace + "/" + spec.name(), created);
        return created;
    }

    @Override
    public synchronized QuotaView replaceQuota(ClusterAccess cluster, String namespace, QuotaSpec spec) {
        QuotaView old = quota(cluster, namespace, spec.name()).orElseThrow(() -> missing(namespace, spec.name()));
        QuotaView replaced = new QuotaView(spec.name(), spec.hard(), old.used());
        quotas.put(namespace + "/" + spec.name(), replaced);
        return replaced;
    }

    @Override
    public synchronized void deleteQuota(ClusterAccess cluster, String namespace, String name) {
        check();
        if (quotas.remove(namespace + "/" + name) == null) {
            throw missing(namespace, name);
        }
    }

    @Override
    public synchronized List<LimitSpec> limitRanges(ClusterAccess cluster, String namespace) {
        check();
        return limitRanges.entrySet().stream().filter(e -> e.getKey().startsWith(namespace + "/"))
                .map(Map.Entry::getValue).toList();
    }

    @Override
    public synchronized Optional<LimitSpec> limitRange(ClusterAccess cluster, String namespace, String name) {
        check();
        return Optional.ofNullable(limitRanges.get(namespace + "/" + name));
    }

    @Override
    public synchronized LimitSpec createLimitRange(ClusterAccess cluster, String namespace, LimitSpec spec) {
        check();
        limitRanges.put(namespace + "/" + spec.name(), spec);
        return spec;
    }

    @Override
    public synchronized LimitSpec replaceLimitRange(ClusterAccess cluster, String namespace, LimitSpec spec) {
        limitRange(cluster, namespace, spec.name()).orElseThrow(() -> missing(namespace, spec.name()));
        limitRanges.put(namespace + "/" + spec.name(), spec);
        return spec;
    }

    @Override
    public synchronized void deleteLimitRange(ClusterAccess cluster, String namespace, String name) {
        check();
        if (limitRanges.remove(namespace + "/" + name) == null) {
            throw missing(namespace, name);
        }
    }

    private static NotFoundException missing(String namespace, String name) {
        return new NotFoundException(namespace + "/" + name + " does not exist.");
    }

    private void check() {
        if (unreachable) {
            throw new ClusterUnavailableException("The cluster did not answer within 5 s.");
        }
    }
}
