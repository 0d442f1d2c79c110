package org.kubedeck.domain.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DesktopStateTest {

    private static final Instant CREATED = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private static final Instant SOON = CREATED.plusSeconds(60);
    private static final Instant LATE = CREATED.plusSeconds(301);

    private static DesktopState desktop(int replicas, DesktopPod pod) {
        return new DesktopState("vnc-alice", "alice", CREATED, replicas, pod, null);
    }

    private static DesktopPod pod(String phase, boolean ready, String waiting) {
        return new DesktopPod("vnc-alice-0", phase, ready, "node-1", "10.0.0.1", CREATED, waiting,
                waiting == null ? null : "details", 0);
    }

    @Test
    void aReadyPodIsRunningAndNoPodIsCreatingUntilTheTimeout() {
        assertThat(desktop(1, pod("Running", true, null)).status(LATE, TIMEOUT).phase()).isEqualTo(DesktopPhase.RUNNING);
        assertThat(desktop(1, null).status(SOON, TIMEOUT).phase()).isEqualTo(DesktopPhase.CREATING);
        assertThat(desktop(1, null).status(LATE, TIMEOUT))
                .extracting(DesktopState.Status::phase, DesktopState.Status::reasonText)
                .containsExactly(DesktopPhase.FAILED, "No pod was created within 300 s.");
        assertThat(desktop(0, null).status(LATE, TIMEOUT).phase()).isEqualTo(DesktopPhase.STOPPED);
    }

    @Test
    void backOffIsCreatingWithItsReasonUntilTheTimeoutThenFailed() {
        DesktopState pulling = desktop(1, pod("Pending", false, "ImagePullBackOff"));
        assertThat(pulling.status(SOON, TIMEOUT))
                .extracting(DesktopState.Status::phase, DesktopState.Status::reasonText)
                .containsExactly(DesktopPhase.CREATING, "ImagePullBackOff: details");
        assertThat(pulling.status(LATE, TIMEOUT))
                .extracting(DesktopState.Status::phase, DesktopState.Status::reasonText)
                .containsExactly(DesktopPhase.FAILED, "ImagePullBackOff: details");
        assertThat(desktop(1, pod("Running", false, "CrashLoopBackOff")).status(LATE, TIMEOUT).phase())
                .isEqualTo(DesktopPhase.FAILED);
    }

    @Test
    void errorsThatCannotHealFailAtOnce() {
        assertThat(desktop(1, pod("Pending", false, "InvalidImageName")).status(SOON, TIMEOUT).phase())
                .isEqualTo(DesktopPhase.FAILED);
        assertThat(desktop(1, pod("Failed", false, null)).status(SOON, TIMEOUT).phase())
                .isEqualTo(DesktopPhase.FAILED);
    }

    @Test
    void aPodRunningButNeverReadyFailsAfterTheTimeout() {
        assertThat(desktop(1, pod("Running", false, null)).status(SOON, TIMEOUT).phase())
                .isEqualTo(DesktopPhase.CREATING);
        assertThat(desktop(1, pod("Running", false, null)).status(LATE, TIMEOUT).reasonText())
                .isEqualTo("Not ready within 300 s.");
    }
}
