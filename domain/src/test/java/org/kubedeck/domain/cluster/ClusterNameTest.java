package org.kubedeck.domain.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.InvalidInputException;

class ClusterNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"prod", "eu-west-1", "a", "k8s01"})
    void acceptsDnsLabels(String name) {
        assertThat(ClusterName.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Prod", "-prod", "prod-", "prod_1", "a.b",
            "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij1234"})
    void refusesAnythingElse(String name) {
        assertThatThrownBy(() -> ClusterName.of(name)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("DNS label");
    }
}
