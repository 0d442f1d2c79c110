package org.kubedeck.domain.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;

class LabelChangeTest {

    @Test
    void aChangeSetsAndRemovesAndKnowsWhenItChangesNothing() {
        LabelChange change = new LabelChange(Map.of("tier", "front"), Set.of("canary"));
        assertThat(change.applyTo(Map.of("app", "web", "canary", "true")))
                .isEqualTo(Map.of("app", "web", "tier", "front"));
        assertThat(change.changes(Map.of("tier", "front"))).isFalse();
        assertThat(change.changes(Map.of("tier", "back"))).isTrue();
    }

    @Test
    void badKeysValuesAndEmptyOrContradictoryChangesAreRefused() {
        assertThatThrownBy(() -> LabelChange.setting(Map.of("a".repeat(64), "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("labels"));
        assertThatThrownBy(() -> LabelChange.setting(Map.of("example.com/tier", "front end")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("labels"));
        assertThatThrownBy(() -> LabelChange.removing(Set.of("bad key")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("keys"));
        assertThatThrownBy(() -> new LabelChange(Map.of(), Set.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new LabelChange(Map.of("a", "b"), Set.of("a")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("keys"));
        assertThat(LabelChange.setting(Map.of("example.com/tier", "")).set()).containsKey("example.com/tier");
    }
}
