package org.kubedeck.domain.kube;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.VersionHistory.SideBySideRow;
import org.kubedeck.domain.kube.VersionHistory.SideBySideRow.Change;


class VersionHistoryTest {

    private static final ResourceRef WEB = new ResourceRef(ClusterName.of("prod"), "shop", ResourceKind.DEPLOYMENT,
            "web");
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final String V1 = "kind: Deployment\nspec:\n  replicas: 2\n  paused: false\n";
    private static final String V2 = "kind: Deployment\nspec:\n  replicas: 3\n  paused: false\n";

    private static YamlVersion version(int number, String yaml) {
        return new YamlVersion(String.valueOf(number), WEB, number, "alice", NOW, null, null, yaml, "");
    }

    private static VersionDraft draft(String yaml) {
        return new VersionDraft(WEB, yaml, "bob", "note", NOW);
    }

    @Test
    void theFirstVersionIsOneWithADiffFromNothing() {
        VersionHistory.Next first = VersionHistory.next(Optional.empty(), draft(V1)).orElseThrow();

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.diff()).startsWith("--- (none)\n+++ v1\n@@ -0,0 +1,4 @@\n").contains("+  replicas: 2");
    }

    @Test
    void anUnchangedStateIsNoVersionAndAChangedOneTheNextNumber() {
        assertThat(VersionHistory.next(Optional.of(version(4, V1)), draft(V1))).isEmpty();

        VersionHistory.Next next = VersionHistory.next(Optional.of(version(4, V1)), draft(V2)).orElseThrow();

        assertThat(next.version()).isEqualTo(5);
        assertThat(next.diff()).isEqualTo("""
                --- v4
                +++ v5
                @@ -1,4 +1,4 @@
                 kind: Deployment
                 spec:
                -  replicas: 2
                +  replicas: 3
                   paused: false
                """);
    }

    @Test
    void equalTextsHaveAnEmptyDiff() {
        assertThat(VersionHistory.unified("a", V1, "b", V1)).isEmpty();
    }

    @Test
    void sideBySideRowsNumberEachSide() {
        List<SideBySideRow> rows = VersionHistory.sideBySide("a\nb\nc\n", "a\nB\nc\nd\n");

        assertThat(rows).containsExactly(
                new SideBySideRow(1, "a", 1, "a", Change.SAME),
                new SideBySideRow(2, "b", 2, "B", Change.CHANGED),
                new SideBySideRow(3, "c", 3, "c", Change.SAME),
                new SideBySideRow(0, "", 4, "d", Change.ADDED));
        assertThat(VersionHistory.sideBySide("x\ny\n", "y\n")).containsExactly(
                new SideBySideRow(1, "x", 0, "", Change.REMOVED),
                new SideBySideRow(2, "y", 1, "y", Change.SAME));
    }
}
