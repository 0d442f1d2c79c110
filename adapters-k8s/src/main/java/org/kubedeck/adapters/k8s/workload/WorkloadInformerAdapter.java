package org.kubedeck.adapters.k8s.workload;

import io.kubernetes.client.openapi.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.KubernetesSettings;
import org.kubedeck.application.workload.port.out.WorkloadReader;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;
import org.kubedeck.domain.workload.WorkloadView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The console's {@link WorkloadReader}: answers from a watch-fed {@link NamespaceCache} per cluster and namespace,
 * so that once a namespace is cached, looking at it sends no request to the API server.
 *
 * <ul>
 *   <li>The first read of a namespace starts its watches and waits for their first lists, at most
 *       {@link #FIRST_LISTS}: a direct read would list the same objects again beside them, which for a namespace
 *       of thousands of pods doubles the work and the wait. Lists that fail, or take longer, leave the read to
 *       {@link WorkloadKubernetesAdapter} directly; so is every read while a watch is broken or not answered.</li>
 *   <li>A server that refuses to list or watch (a 4xx such as 403, or 400 from servers that do not stream
 *       watches over HTTP) gets direct reads for {@link #RETRY_REFUSED} before the watches are tried again.</li>
 *   <li>A namespace nobody has read for the idle time stops being watched; the next read starts it again.</li>
 *   <li>An edited kubeconfig gets new watches on its new client.</li>
 *   <li>Namespace listing and existence are read directly: one small request, for a name the cache may not be
 *       watching yet.</li>
 * </ul>
 *
 * Access that acts as a person ({@link ClusterAccess#impersonates}) is always read directly: the watches see what
 * the console's credential may, not what the cluster lets that person see.
 *
 * Label changes go through {@link WorkloadKubernetesAdapter} (the PodLabeler) and reach the cache by the pod's
 * watch event, milliseconds later on a healthy cluster; {@link #awaitPods} lets the change's author wait for it.
 */
@Component
class WorkloadInformerAdapter implements WorkloadReader, AutoCloseable {

    /** How long a namespace whose watches the server refused is read directly before trying again. */
    static final Duration RETRY_REFUSED = Duration.ofMinutes(1);

    /** How long the first read of a namespace waits for its cache's first lists before reading directly. */
    static final Duration FIRST_LISTS = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(WorkloadInformerAdapter.class);
    private static final long MIN_SWEEP_MILLIS = 50;
    private static final long STORE_POLL_MILLIS = 5;
    private static final long MAX_SWEEP_MILLIS = 30_000;

    private final WorkloadKubernetesAdapter direct;
    private final KubernetesClients clients;
    private final Duration idle;
    private final ConcurrentMap<Key, NamespaceCache> caches = new ConcurrentHashMap<>();
    /** System.nanoTime() after which a namespace whose watches were refused may be watched again. */
    private final ConcurrentMap<Key, Long> refusedUntil = new ConcurrentHashMap<>();
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "workload-cache-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    WorkloadInformerAdapter(WorkloadKubernetesAdapter direct, KubernetesClients clients, KubernetesSettings settings) {
        this(direct, clients, settings.cacheIdle());
    }

    /** @param idle how long a namespace is watched after its last read */
    WorkloadInformerAdapter(WorkloadKubernetesAdapter direct, KubernetesClients clients, Duration idle) {
        this.direct = direct;
        this.clients = clients;
        this.idle = idle;
        long sweep = Math.max(MIN_SWEEP_MILLIS, Math.min(MAX_SWEEP_MILLIS, idle.toMillis() / 4));
        housekeeping.scheduleWithFixedDelay(this::stopIdle, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    @Override
    public List<String> namespaces(ClusterAccess cluster) {
        return direct.namespaces(cluster);
    }

    @Override
    public boolean namespaceExists(ClusterAccess cluster, String namespace) {
        return direct.namespaceExists(cluster, namespace);
    }

    @Override
    public boolean ready(ClusterAccess cluster, String namespace, Duration wait) {
        if (cluster.impersonates()) {
            return true;
        }
        // Nothing starts watching a namespace that is not there; once watched, it is not asked again.
        if (existing(cluster, namespace).isEmpty() && !direct.namespaceExists(cluster, namespace)) {
            return true;
        }
        NamespaceCache cache = watched(cluster, namespace);
        return cache == null || cache.awaitSettled(wait, FIRST_LISTS);
    }

    @Override
    public List<WorkloadView> workloads(ClusterAccess cluster, String namespace, ResourceKind type) {
        return read(cluster, namespace, cache -> cache.workloads(type),
                () -> direct.workloads(cluster, namespace, type));
    }

    @Override
    public Optional<WorkloadView> workload(ClusterAccess cluster, String namespace, ResourceKind type,
            String name) {
        return read(cluster, namespace, cache -> cache.workload(type, name),
                () -> direct.workload(cluster, namespace, type, name));
    }

    @Override
    public List<PodView> pods(ClusterAccess cluster, String namespace, WorkloadView workload) {
        return read(cluster, namespace, cache -> cache.pods(workload), () -> direct.pods(cluster, namespace, workload));
    }

    @Override
    public Optional<PodView> pod(ClusterAccess cluster, String namespace, String name) {
        return read(cluster, namespace, cache -> cache.pod(name), () -> direct.pod(cluster, namespace, name));
    }

    /** Waits for the watch events of the changes, when the namespace is watched; polls its store every 5 ms. */
    @Override
    public void awaitPods(ClusterAccess cluster, String namespace, Map<String, String> resourceVersions,
            Duration wait) {
        NamespaceCache cache = caches.get(new Key(cluster.name(), namespace));
        long deadline = System.nanoTime() + wait.toNanos();
        while (cache != null && cache.live() && !cache.shows(resourceVersions) && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(STORE_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public List<ServiceView> services(ClusterAccess cluster, String namespace) {
        return read(cluster, namespace, NamespaceCache::services, () -> direct.services(cluster, namespace));
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        caches.values().forEach(NamespaceCache::stop);
        caches.clear();
    }

    /** The namespace's cache as it is now, neither started nor touched by asking; for tests. */
    Optional<NamespaceCache> existing(ClusterAccess cluster, String namespace) {
        return Optional.ofNullable(caches.get(new Key(cluster.name(), namespace)));
    }

    /**
     * The namespace's cache when it is live on the cluster's current credential, neither started nor touched by
     * asking: a look from elsewhere does not keep a namespace watched.
     */
    Optional<NamespaceCache> live(ClusterAccess cluster, String namespace) {
        if (cluster.impersonates()) {
            return Optional.empty();
        }
        NamespaceCache cache = caches.get(new Key(cluster.name(), namespace));
        try {
            return cache != null && cache.live() && cache.watchClient == clients.forWatching(cluster)
                    ? Optional.of(cache) : Optional.empty();
        } catch (RuntimeException e) {
            // A kubeconfig no client can be built from: the caller's own read reports why.
            return Optional.empty();
        }
    }

    private <T> T read(ClusterAccess cluster, String namespace, Function<NamespaceCache, T> fromCache,
            Supplier<T> directly) {
        if (cluster.impersonates()) {
            // The watches see what the console may; a person sees what the cluster lets them.
            return directly.get();
        }
        NamespaceCache cache = watched(cluster, namespace);
        boolean live = cache != null && (cache.live() || cache.awaitFirstLists(FIRST_LISTS));
        T answer = live ? fromCache.apply(cache) : directly.get();
        if (cache != null) {
            // A slow direct read counts as use until it ends, not only from its start.
            cache.touch();
        }
        return answer;
    }

    /** The namespace's cache, started if it was not; null while the server refuses its watches. */
    private NamespaceCache watched(ClusterAccess cluster, String namespace) {
        Key key = new Key(cluster.name(), namespace);
        Long retryAt = refusedUntil.get(key);
        if (retryAt != null) {
            if (System.nanoTime() - retryAt < 0) {
                return null;
            }
            refusedUntil.remove(key, retryAt);
        }
        ApiClient watchClient;
        ApiClient listClient;
        try {
            watchClient = clients.forWatching(cluster);
            listClient = clients.forCluster(cluster);
        } catch (RuntimeException e) {
            // A kubeconfig no client can be built from: the direct read reports why.
            return null;
        }
        NamespaceCache[] outdated = new NamespaceCache[1];
        NamespaceCache cache = caches.compute(key, (k, current) -> {
            if (current != null && current.watchClient == watchClient) {
                return current;
            }
            outdated[0] = current;
            NamespaceCache fresh = new NamespaceCache(cluster.name().value(), namespace, listClient, watchClient,
                    this::later, refused -> refused(key, refused));
            fresh.start();
            return fresh;
        });
        if (outdated[0] != null) {
            outdated[0].stop();
        }
        cache.touch();
        return cache;
    }

    private void refused(Key key, NamespaceCache cache) {
        refusedUntil.put(key, System.nanoTime() + RETRY_REFUSED.toNanos());
        caches.remove(key, cache);
        later(cache::stop);
    }

    private void stopIdle() {
        try {
            long now = System.nanoTime();
            caches.forEach((key, cache) -> {
                if (cache.idleFor(idle.toNanos(), now) && caches.remove(key, cache)) {
                    log.info("Stopped watching namespace {} of cluster '{}': not read for {}", key.namespace(),
                            key.cluster().value(), idle);
                    cache.stop();
                }
            });
            refusedUntil.values().removeIf(retryAt -> now - retryAt >= 0);
        } catch (RuntimeException e) {
            // An exception would cancel the schedule; the next sweep tries again.
            log.warn("Stopping idle workload caches failed", e);
        }
    }

    /** Runs a stop outside the informer thread that asked for it. */
    private void later(Runnable task) {
        try {
            housekeeping.execute(task);
        } catch (RejectedExecutionException e) {
            // Closing: close() stops every cache itself.
        }
    }

    private record Key(ClusterName cluster, String namespace) {
    }
}
