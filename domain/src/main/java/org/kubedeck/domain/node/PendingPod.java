package org.kubedeck.domain.node;

import java.time.Instant;

/**
 * A pod the scheduler could not place, with its explanation ({@code 0/3 nodes are available: 3 Insufficient cpu.}).
 *
 * @param workload what made the pod, as {@code Deployment web}, {@code StatefulSet db} or, for a pod nothing
 *     made, {@code Pod debug}
 * @param since when the scheduler last said so; null when unknown
 */
public record PendingPod(String namespace, String name, String workload, String reason, Instant since) {
}
