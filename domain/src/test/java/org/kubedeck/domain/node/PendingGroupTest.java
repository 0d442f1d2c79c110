package org.kubedeck.domain.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingGroupTest {

    private static final String TOO_MANY = "0/2 nodes are available: 2 Too many pods.";
    private static final String NO_CPU = "0/2 nodes are available: 2 Insufficient cpu.";

    @Test
    void podsOfOneWorkloadWaitingForOneReasonAreOneLineWithTheirCount() {
        List<PendingPod> pods = new ArrayList<>();
        for (int i = 0; i < 1_791; i++) {
            pods.add(new PendingPod("big", "web-7d9f-" + String.format("%04d", i), "Deployment web", TOO_MANY,
                    Instant.ofEpochSecond(1_000 + i)));
        }
        pods.add(new PendingPod("big", "db-0", "StatefulSet db", NO_CPU, null));
        pods.add(new PendingPod("shop", "debug", "Pod debug", NO_CPU, Instant.ofEpochSecond(5)));
        pods.add(new PendingPod("big", "web-7d9f-x", "Deployment web", NO_CPU, Instant.ofEpochSecond(7)));

        List<PendingGroup> groups = PendingGroup.of(pods);

        assertThat(groups).hasSize(4);
        assertThat(groups.get(0)).isEqualTo(new PendingGroup("big", "Deployment web", TOO_MANY, 1_791,
                Instant.ofEpochSecond(1_000), List.of("web-7d9f-0000", "web-7d9f-0001", "web-7d9f-0002")));
        assertThat(groups.subList(1, 4)).extracting(PendingGroup::workload)
                .containsExactly("Deployment web", "StatefulSet db", "Pod debug");
        assertThat(groups.get(2).since()).as("unknown for all of them").isNull();
    }

    @Test
    void noPendingPodsAreNoGroups() {
        assertThat(PendingGroup.of(List.of())).isEmpty();
    }
}
