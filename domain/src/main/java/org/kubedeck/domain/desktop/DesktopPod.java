package org.kubedeck.domain.desktop;

import java.time.Instant;

/**
 * The desktop's pod as the cluster reports it.
 *
 * @param phase          the pod's phase ({@code Pending}, {@code Running}, {@code Failed}…)
 * @param waitingReason  why the desktop container waits ({@code ImagePullBackOff}, {@code CrashLoopBackOff}…), or null
 * @param waitingMessage the cluster's explanation of that reason, or null
 */
public record DesktopPod(String name, String phase, boolean ready, String node, String podIp, Instant createdAt,
        String waitingReason, String waitingMessage, int restarts) {
}
