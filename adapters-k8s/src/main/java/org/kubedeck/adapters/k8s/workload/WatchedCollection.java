package org.kubedeck.adapters.k8s.workload;

import com.google.gson.reflect.TypeToken;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.informer.ListerWatcher;
import io.kubernetes.client.informer.SharedIndexInformer;
import io.kubernetes.client.informer.cache.Cache;
import io.kubernetes.client.informer.impl.DefaultSharedIndexInformer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.util.CallGeneratorParams;
import io.kubernetes.client.util.Watch;
import io.kubernetes.client.util.Watchable;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.Call;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kind of object (of a namespace, or of the whole cluster) kept current by a client-java informer: a list,
 * then a watch that streams every change. Lists go through the cluster's ordinary client, so a list that hangs
 * gives up after its read timeout; the watch goes through the client without read timeout.
 *
 * <p>{@link #live()} says whether the informer's store can stand in for the API server: it has listed, and its
 * watch is open (or was open and is being reopened from where it left off). A store that is catching up after a
 * broken watch, or whose watch the server refuses or never answers, is not live.
 */
final class WatchedCollection<T extends KubernetesObject, L extends KubernetesListObject>
        implements ListerWatcher<T, L> {

    /** Builds the list or watch request of this collection; {@code params.watch} says which. */
    @FunctionalInterface
    interface Requests {
        Call build(ApiClient client, CallGeneratorParams params) throws ApiException;
    }

    /** How long a watch that ended normally may take to reopen before its store counts as stale. */
    static final Duration REOPEN_GRACE = KubernetesCalls.DEADLINE;

    private static final Logger log = LoggerFactory.getLogger(WatchedCollection.class);
    private static final String ERROR = "ERROR";

    private final String description;
    private final ApiClient listClient;
    private final ApiClient watchClient;
    private final Requests requests;
    private final Class<L> listType;
    private final Type watchEventType;
    private final Consumer<ApiException> onRefused;
    private final SharedIndexInformer<T> informer;

    private volatile boolean watchOpen;
    /** The last watch ended normally and the informer is reopening it from where it left off, since when. */
    private volatile boolean reopening;
    private volatile long reopeningSince;
    /** The list or watch request in flight, cancelled on stop: a watch that never answers would block forever. */
    private volatile Call inFlight;
    private volatile boolean stopped;
    /** A list or watch has failed since the start: it is no longer simply on its way to being live. */
    private volatile boolean failedOnce;

    /**
     * @param description what is watched, for logs ("pods in shop")
     * @param onRefused told when the server answers a list or watch with a status that retrying will not change
     *     (see {@link #refuses})
     */
    WatchedCollection(String description, Class<T> type, Class<L> listType, ApiClient listClient,
            ApiClient watchClient, Requests requests, Consumer<ApiException> onRefused) {
        this.description = description;
        this.listClient = listClient;
        this.watchClient = watchClient;
        this.requests = requests;
        this.listType = listType;
        this.watchEventType = TypeToken.getParameterized(Watch.Response.class, type).getType();
        this.onRefused = onRefused;
        this.informer = new DefaultSharedIndexInformer<>(type, this, 0, new Cache<>(), this::failed);
        // The console never shows who changed which field how; managedFields is often half of an object.
        informer.setTransform(object -> {
            if (object.getMetadata() != null) {
                object.getMetadata().setManagedFields(null);
            }
            return object;
        });
    }

    /**
     * The resource version the store has caught up with: the same version means the same objects, so a reader
     * may reuse what it derived from them. Null before the first list.
     */
    String version() {
        String version = informer.lastSyncResourceVersion();
        return version == null || version.isEmpty() ? null : version;
    }

    /** Lists and watches in the informer's own threads; returns at once. */
    void start() {
        informer.run();
    }

    void stop() {
        stopped = true;
        informer.stop();
        Call call = inFlight;
        if (call != null) {
            call.cancel();
        }
    }

    /** On its way to being live for the first time: nothing has failed so far, and it has not listed or its
     * first watch is not open yet. */
    boolean starting() {
        return !stopped && !failedOnce && !(informer.hasSynced() && watchOpen);
    }

    /** Its first list is on its way: started, not listed yet, and nothing has failed so far. */
    boolean listing() {
        return !stopped && !failedOnce && !informer.hasSynced();
    }

    boolean live() {
        if (stopped || !watchOpen || !informer.hasSynced()) {
            return false;
        }
        return !reopening || System.nanoTime() - reopeningSince < REOPEN_GRACE.toNanos();
    }

    /** The objects as last listed or watched; shared with the informer, so read them, never change them. */
    List<T> items() {
        return informer.getIndexer().list();
    }

    Optional<T> item(String namespace, String name) {
        String key = namespace == null ? name : namespace + "/" + name;
        return Optional.ofNullable(informer.getIndexer().getByKey(key));
    }

    @Override
    public L list(CallGeneratorParams params) throws ApiException {
        // A (re)list means there is no watch to trust: until the next one opens, the store may lag the server.
        watchOpen = false;
        Call call = requests.build(listClient, params);
        inFlight = call;
        try {
            return listClient.<L>execute(call, listType).getData();
        } catch (ApiException e) {
            failedOnce = true;
            refusedIf(e);
            throw e;
        } finally {
            inFlight = null;
        }
    }

    @Override
    public Watchable<T> watch(CallGeneratorParams params) throws ApiException {
        Call call = requests.build(watchClient, params);
        inFlight = call;
        try {
            Watch<T> watch = Watch.createWatch(watchClient, call, watchEventType);
            watchOpen = true;
            reopening = false;
            return new TrackedWatch(watch);
        } catch (ApiException e) {
            watchOpen = false;
            refusedIf(e);
            throw e;
        } finally {
            inFlight = null;
        }
    }

    /**
     * A client error other than expiry (410, which the informer handles by listing anew), a timeout or too many
     * requests: the credential may not list or watch this, or the server does not serve watches at all.
     */
    static boolean refuses(ApiException e) {
        int code = e.getCode();
        return code >= 400 && code < 500 && code != HttpURLConnection.HTTP_CLIENT_TIMEOUT
                && code != HttpURLConnection.HTTP_GONE && code != 429;
    }

    private void refusedIf(ApiException e) {
        if (!stopped && refuses(e)) {
            onRefused.accept(e);
        }
    }

    /**
     * The list-watch loop ended with a failure; the informer starts it again about a second later, and the cache
     * reads directly meanwhile.
     */
    private void failed(Class<T> type, Throwable failure) {
        watchOpen = false;
        failedOnce = true;
        if (!stopped) {
            log.debug("Listing or watching {} failed; retrying: {}", description, failure.toString());
        }
    }

    /** Notices when the stream ends (the informer reopens it) or breaks (the informer lists anew). */
    private final class TrackedWatch implements Watchable<T> {

        private final Watch<T> watch;

        TrackedWatch(Watch<T> watch) {
            this.watch = watch;
        }

        @Override
        public boolean hasNext() {
            try {
                boolean more = watch.hasNext();
                if (!more) {
                    reopeningSince = System.nanoTime();
                    reopening = true;
                }
                return more;
            } catch (RuntimeException e) {
                watchOpen = false;
                throw e;
            }
        }

        @Override
        public Watch.Response<T> next() {
            try {
                Watch.Response<T> event = watch.next();
                if (ERROR.equals(event.type)) {
                    // Expired or failed: the informer lists anew.
                    watchOpen = false;
                }
                return event;
            } catch (RuntimeException e) {
                watchOpen = false;
                throw e;
            }
        }

        @Override
        public Iterator<Watch.Response<T>> iterator() {
            return this;
        }

        @Override
        public void close() throws IOException {
            watch.close();
        }
    }
}
