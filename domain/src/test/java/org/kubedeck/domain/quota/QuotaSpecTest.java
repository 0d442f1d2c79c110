package org.kubedeck.domain.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.quota.LimitSpec.Limit;

class QuotaSpecTest {

    @Test
    void aQuotaTakesResourceNamesAndQuantities() {
        QuotaSpec spec = new QuotaSpec("compute", Map.of("requests.cpu", " 4 ", "limits.memory", "8Gi",
                "count/deployments.apps", "5", "pods", "10"));
        assertThat(spec.hard()).containsEntry("requests.cpu", "4").hasSize(4);
    }

    @Test
    void badNamesQuantitiesAndEmptyQuotasAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new QuotaSpec("compute", Map.of("requests.cpu", "four")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("hard.requests.cpu"));
        assertThatThrownBy(() -> new QuotaSpec("compute", Map.of("pods", "-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("hard.pods"));
        assertThatThrownBy(() -> new QuotaSpec("compute", Map.of("Bad Name", "1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("hard"));
        assertThatThrownBy(() -> new QuotaSpec("compute", Map.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new QuotaSpec("Compute", Map.of("pods", "1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void usageIsARatioOfQuantities() {
        assertThat(new QuotaItem("requests.cpu", "4", "1500m").ratio()).isEqualTo(0.375);
        assertThat(new QuotaItem("requests.cpu", "4", "1500m").percent()).isEqualTo(38);
        assertThat(new QuotaItem("requests.memory", "8Gi", "9Gi").percent()).isEqualTo(100);
        assertThat(new QuotaItem("pods", "10", null).ratio()).isZero();
        assertThat(new QuotaItem("pods", "0", "1").ratio()).isEqualTo(1);
    }

    @Test
    void aLimitRangeChecksTypesQuantitiesAndOrder() {
        Limit container = new Limit("Container", Map.of("cpu", "2"), Map.of("cpu", "100m"),
                Map.of("cpu", "500m"), Map.of("cpu", "250m"), Map.of());
        assertThat(new LimitSpec("defaults", List.of(container)).limits()).hasSize(1);
        assertThatThrownBy(() -> new LimitSpec("defaults", List.of(new Limit("Node", null, null, null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("limits[0].type"));
        assertThatThrownBy(() -> new LimitSpec("defaults", List.of(new Limit("Container", Map.of("cpu", "1"),
                Map.of("cpu", "2"), null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("limits[0].min.cpu"));
        assertThatThrownBy(() -> new LimitSpec("defaults", List.of(new Limit("Pod", null, null, null,
                Map.of("memory", "lots"), null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("limits[0].defaultRequest.memory"));
    }

    @Test
    void taintsFollowLabelRulesAndKnowTheirEffects() {
        assertThat(new Taint("gpu", null, Taint.Effect.of("NoSchedule")).value()).isEmpty();
        assertThatThrownBy(() -> Taint.Effect.of("Never"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("effect"));
        assertThatThrownBy(() -> new Taint("bad key", "x", Taint.Effect.NO_EXECUTE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("key"));
    }
}
