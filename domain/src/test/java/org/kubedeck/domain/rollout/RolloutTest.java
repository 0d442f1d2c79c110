package org.kubedeck.domain.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.kube.ResourceKind;

class RolloutTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aManualJobIsNamedAfterItsCronJobAndTheMoment() {
        assertThat(ManualJob.name("nightly", AT)).matches("nightly-manual-[0-9a-z]{6}");
        assertThat(ManualJob.name("nightly", AT.plusMillis(1))).isNotEqualTo(ManualJob.name("nightly", AT));
    }

    @Test
    void aLongCronJobNameIsCutSoTheJobNameFitsALabelValue() {
        String name = ManualJob.name("a".repeat(48) + "-" + "b".repeat(40), AT);
        assertThat(name).hasSizeLessThanOrEqualTo(63).startsWith("a".repeat(48) + "-manual-");
    }

    @Test
    void onlyDeploymentsHaveRevisions() {
        assertThat(Revision.ofDeployment(ResourceKind.DEPLOYMENT)).isEqualTo(ResourceKind.DEPLOYMENT);
        assertThatThrownBy(() -> Revision.ofDeployment(ResourceKind.STATEFULSET))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void aRestartFitsWorkloadsAndPauseFitsDeploymentsAndCronJobs() {
        assertThat(RolloutAction.PAUSE.mergePatch(ResourceKind.CRONJOB, AT)).isEqualTo("{\"spec\":{\"suspend\":true}}");
        assertThat(RolloutAction.RESTART.mergePatch(ResourceKind.DAEMONSET, AT)).contains(AT.toString());
        assertThatThrownBy(() -> RolloutAction.RESTART.mergePatch(ResourceKind.CRONJOB, AT))
                .isInstanceOf(InvalidInputException.class);
    }
}
