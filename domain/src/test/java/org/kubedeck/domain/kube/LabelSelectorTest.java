package org.kubedeck.domain.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.InvalidInputException;


class LabelSelectorTest {

    private static final Map<String, String> WEB = Map.of("app", "web", "tier", "front");

    @Test
    void equalityAndSetRequirementsMustAllHold() {
        assertThat(LabelSelector.parse("app=web").matches(WEB)).isTrue();
        assertThat(LabelSelector.parse("app==web, tier!=db").matches(WEB)).isTrue();
        assertThat(LabelSelector.parse("tier in (front, edge),app notin (api)").matches(WEB)).isTrue();
        assertThat(LabelSelector.parse("tier").matches(WEB)).isTrue();
        assertThat(LabelSelector.parse("!canary").matches(WEB)).isTrue();
        assertThat(LabelSelector.parse("app=web,!tier").matches(WEB)).isFalse();
        assertThat(LabelSelector.parse("env!=prod").matches(WEB)).as("a missing key differs").isTrue();
        assertThat(LabelSelector.parse("").matches(Map.of())).isTrue();
    }

    @Test
    void theApiGetsTheSameSelectorBack() {
        assertThat(LabelSelector.parse("app=web, tier in (front,edge), !canary").toQuery())
                .isEqualTo("app in (web),tier in (front,edge),!canary");
        assertThat(LabelSelector.parse(" ").toQuery()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app in (web", "app in ()", "a=b,,c=d", "=web", "app=we b", "-app=web", "app in web"})
    void whatIsNoSelectorIsRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> LabelSelector.parse(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("selector"));
    }
}
