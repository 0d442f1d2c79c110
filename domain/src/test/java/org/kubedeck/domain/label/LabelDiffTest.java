package org.kubedeck.domain.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelDiffTest {

    @Test
    void aDiffTellsWhatIsSetWhatIsRemovedAndWhatIsKept() {
        LabelDiff diff = new LabelDiff("web-0", Map.of("app", "web", "tier", "back", "canary", "true"),
                Map.of("app", "web", "tier", "front", "team", "shop"));

        assertThat(diff.set()).containsExactly(Map.entry("team", "shop"), Map.entry("tier", "front"));
        assertThat(diff.removed()).containsExactly(Map.entry("canary", "true"));
        assertThat(diff.keptKeys()).containsExactly("app");
    }
}
