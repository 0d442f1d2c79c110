package org.kubedeck.domain.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.kube.ResourceKind;

class DataKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a/b", "with space", "ключ", "../etc"})
    void keysKubernetesRefusesAreRefused(String key) {
        assertThatThrownBy(() -> new DataKey(key)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("key"));
    }

    @Test
    void keysKubernetesAcceptsAreAccepted() {
        assertThat(new DataKey("app.properties").value()).isEqualTo("app.properties");
        assertThat(new DataKey("TLS_CERT-2").value()).isEqualTo("TLS_CERT-2");
        assertThatThrownBy(() -> new DataKey("k".repeat(254))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyConfigMapsAndSecretsHoldKeys() {
        assertThat(DataKey.holder(ResourceKind.SECRET)).isEqualTo(ResourceKind.SECRET);
        assertThatThrownBy(() -> DataKey.holder(ResourceKind.DEPLOYMENT)).isInstanceOf(InvalidInputException.class);
    }
}
