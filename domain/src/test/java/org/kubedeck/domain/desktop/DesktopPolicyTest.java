package org.kubedeck.domain.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;

class DesktopPolicyTest {

    private final DesktopPolicy policy = new DesktopPolicy(DesktopResources.parse("1", "2Gi", "10Gi"),
            DesktopResources.parse("500m", "1Gi", "1Gi"), DesktopResources.parse("2", "4Gi", "50Gi"));

    @Test
    void valuesLeftOutTakeTheDefaults() {
        assertThat(policy.resolve(null, " ", null)).isEqualTo(DesktopResources.parse("1", "2Gi", "10Gi"));
        assertThat(policy.resolve("500m", "4096Mi", "50Gi")).isEqualTo(DesktopResources.parse("0.5", "4Gi", "50Gi"));
    }

    @Test
    void valuesOutsideTheBoundsAreRefusedNamingFieldAndBounds() {
        assertThatThrownBy(() -> policy.resolve("2.5", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("resource_quota.cpu_limit");
                    assertThat(e.getMessage()).isEqualTo(
                            "resource_quota.cpu_limit must be between 500m and 2; 2500m was asked for.");
                });
        assertThatThrownBy(() -> policy.resolve(null, "512Mi", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("resource_quota.memory_limit"));
        assertThatThrownBy(() -> policy.resolve(null, null, "100Gi"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("resource_quota.storage"));
    }

    @Test
    void aDefaultOutsideItsBoundsIsAConfigurationMistake() {
        assertThatThrownBy(() -> new DesktopPolicy(DesktopResources.parse("4", "2Gi", "10Gi"),
                DesktopResources.parse("500m", "1Gi", "1Gi"), DesktopResources.parse("2", "4Gi", "50Gi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpu_limit");
    }
}
