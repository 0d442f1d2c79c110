package org.kubedeck.domain.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterName;

class ScanDiffTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final Finding WEB_LATEST = Check.IMAGE_LATEST.about("deployments.apps", "shop", "web", "latest");
    private static final Finding WEB_LIMITS = Check.NO_LIMITS.about("deployments.apps", "shop", "web", "no limits");
    private static final Finding DB_LIMITS = Check.NO_LIMITS.about("deployments.apps", "shop", "db", "no limits");

    private static ScanReport report(Finding... findings) {
        return new ScanReport(UUID.randomUUID(), PROD, "shop", "alice", Instant.EPOCH, 50, 3, 0, List.of(findings));
    }

    @Test
    void findingsAreNewOrFixedByTheirCheckAndObject() {
        ScanDiff diff = ScanDiff.between(report(WEB_LATEST, WEB_LIMITS), report(WEB_LIMITS, DB_LIMITS));
        assertThat(diff.added()).containsExactly(DB_LIMITS);
        assertThat(diff.fixed()).containsExactly(WEB_LATEST);
    }

    @Test
    void aFindingASilenceNowCoversIsNotFixed() {
        Silence namespace = new Silence(UUID.randomUUID(), PROD, Check.IMAGE_LATEST, "shop", "", "pinned elsewhere",
                "alice", Instant.EPOCH);
        ScanDiff diff = ScanDiff.between(report(WEB_LATEST), report()).silencing(List.of(namespace));
        assertThat(diff.fixed()).isEmpty();
        assertThat(namespace.covers(WEB_LATEST)).isTrue();
        assertThat(namespace.covers(WEB_LIMITS)).isFalse();
    }

    @Test
    void aSilenceNeedsAReasonAndSomethingToCover() {
        assertThatThrownBy(() -> new Silence(UUID.randomUUID(), PROD, Check.NO_LIMITS, "shop", "web", " ", "alice",
                Instant.EPOCH)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> new Silence(UUID.randomUUID(), PROD, Check.NO_LIMITS, "", "", "why", "alice",
                Instant.EPOCH)).isInstanceOf(InvalidInputException.class);
    }
}
