package org.kubedeck.domain.workload;

import java.time.Instant;
import java.util.Objects;

/**
 * One namespace as the cluster's page lists it: how many of its pods are ready, how many of its workloads are not,
 * and its age.
 *
 * @param counted whether the counts are known: a credential that may not list every namespace's pods and
 *                workloads sees the names alone
 * @param phase   {@code Active}, or {@code Terminating} while it is being deleted
 */
public record NamespaceSummary(String name, String phase, Instant createdAt, boolean counted, int pods,
        int readyPods, int workloads, int workloadsNotReady) {

    public NamespaceSummary {
        Objects.requireNonNull(name);
    }

    /** A namespace known by its name alone. */
    public static NamespaceSummary named(String name, String phase, Instant createdAt) {
        return new NamespaceSummary(name, phase, createdAt, false, 0, 0, 0, 0);
    }

    public boolean allPodsReady() {
        return readyPods >= pods;
    }

    public boolean terminating() {
        return "Terminating".equals(phase);
    }
}
