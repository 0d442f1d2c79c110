package org.kubedeck.domain.node;

import java.time.Instant;

/**
 * A pod the scheduler could not place, with its explanation ({@code 0/3 nodes are available: 3 Insufficient cpu.}).
 *
 * @param since when the scheduler last said so; null when unknown
 */
public record PendingPod(String namespace, String name, String reason, Instant since) {
}
