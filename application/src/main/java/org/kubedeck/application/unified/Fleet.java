package org.kubedeck.application.unified;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * The same work on several clusters at once. Reads ({@link #ask}) are each within the deadline: a cluster that does
 * not answer in time, or refuses, gets the reason instead of an answer, and holds nobody up. Changes
 * ({@link #each}) are never cut short, and run on threads of their own so that a long batch does not hold up
 * searches. A bean, public for the wiring only.
 */
public class Fleet implements AutoCloseable {

    private static final int PARALLEL = 8;

    private final FleetSearchSettings settings;
    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, task -> daemon(task, "fleet"));
    /** A change's threads, one per cluster of a batch while it runs; idle ones end after a minute. */
    private final ExecutorService changes = Executors.newCachedThreadPool(task -> daemon(task, "fleet-change"));

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    public Fleet(FleetSearchSettings settings) {
        this.settings = settings;
    }

    /** A cluster's answer, or why there is none. */
    record Answer<T>(T value, Message problem) {

        boolean answered() {
            return problem == null;
        }
    }

    /** Each cluster's answer, in the order asked. */
    <T> Map<ClusterName, Answer<T>> ask(List<ClusterName> clusters, Function<ClusterName, T> work) {
        Map<ClusterName, Future<T>> pending = new LinkedHashMap<>();
        clusters.forEach(cluster -> pending.put(cluster, pool.submit(() -> work.apply(cluster))));
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        Map<ClusterName, Answer<T>> answers = new LinkedHashMap<>();
        pending.forEach((cluster, answer) -> {
            try {
                answers.put(cluster, new Answer<>(answer.get(Math.max(0, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS), null));
            } catch (TimeoutException e) {
                answer.cancel(true);
                answers.put(cluster, new Answer<>(null, Message.of("unified.tooSlow",
                        "The cluster did not answer within {0} s.", settings.deadline().toSeconds())));
            } catch (ExecutionException e) {
                answers.put(cluster, new Answer<>(null, e.getCause() instanceof DomainException refused
                        ? refused.message() : FAILED));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answers.put(cluster, new Answer<>(null, FAILED));
            }
        });
        return answers;
    }

    /**
     * Each cluster's result, in the order asked, once every cluster's work has ended: work that changes clusters is
     * not cut short at a deadline, and reports its own failures in its result. An exception it throws anyway is
     * thrown here, once all have ended.
     */
    <T> List<T> each(List<ClusterName> clusters, Function<ClusterName, T> work) {
        List<Future<T>> pending = clusters.stream().map(cluster -> changes.submit(() -> work.apply(cluster)))
                .toList();
        List<T> results = new ArrayList<>();
        RuntimeException thrown = null;
        for (Future<T> result : pending) {
            try {
                results.add(result.get());
            } catch (ExecutionException e) {
                thrown = thrown != null ? thrown : e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the clusters were being changed", e);
            }
        }
        if (thrown != null) {
            throw thrown;
        }
        return results;
    }

    private static final Message FAILED = Message.of("unified.failed", "The cluster could not be read.");

    @Override
    public void close() {
        pool.shutdownNow();
        changes.shutdownNow();
    }
}
