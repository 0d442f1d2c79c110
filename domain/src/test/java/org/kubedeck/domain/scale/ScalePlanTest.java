package org.kubedeck.domain.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.quota.PodResources;
import org.kubedeck.domain.quota.PodResources.Container;
import org.kubedeck.domain.quota.QuotaItem;


class ScalePlanTest {

    private static final PodResources POD = PodResources.of(new Container("web",
            Map.of("cpu", "500m", "memory", "256Mi"), Map.of()));
    private static final List<QuotaItem> COMPUTE = List.of(new QuotaItem("pods", "10", "2"),
            new QuotaItem("requests.cpu", "2", "1"), new QuotaItem("requests.memory", "4Gi", "512Mi"),
            new QuotaItem("limits.memory", "8Gi", null), new QuotaItem("configmaps", "5", "1"));

    @Test
    void onlyThePodsAddedCountAgainstTheQuota() {
        ScalePlan up = new ScalePlan(2, new Replicas(5), POD);

        assertThat(up.added()).isEqualTo(3);
        assertThat(up.headroom("compute", COMPUTE)).extracting(h -> h.resource() + " " + h.used() + "+" + h.needed()
                + "/" + h.hard() + " " + (h.fits() ? "fits" : "over")).containsExactly("pods 2+3/10 fits",
                "requests.cpu 1+1500m/2 over", "requests.memory 512Mi+768Mi/4Gi fits");
        assertThat(up.unset(COMPUTE)).containsExactly("limits.memory");
    }

    @Test
    void scalingDownOrStayingNeedsNothing() {
        for (int target : new int[] {0, 1, 2}) {
            ScalePlan plan = new ScalePlan(2, new Replicas(target), POD);
            assertThat(plan.added()).isZero();
            assertThat(plan.needs()).isEmpty();
            assertThat(plan.headroom("compute", COMPUTE)).isEmpty();
            assertThat(plan.unset(COMPUTE)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1001})
    void replicasOutsideZeroToAThousandAreRefused(int count) {
        assertThatThrownBy(() -> new Replicas(count)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("replicas");
            assertThat(e.getMessage()).contains("between 0 and 1000");
        });
    }

    @Test
    void replicasFromAFormAreAWholeNumber() {
        assertThat(Replicas.parse(" 5 ")).isEqualTo(new Replicas(5));
        assertThat(new Replicas(0).count()).isZero();
        assertThat(new Replicas(1000).count()).isEqualTo(1000);
        for (String text : new String[] {"", "five", "2.5"}) {
            assertThatThrownBy(() -> Replicas.parse(text)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.field()).isEqualTo("replicas"));
        }
        assertThatThrownBy(() -> Replicas.of(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyDeploymentsAndStatefulSetsHaveReplicasToSet() {
        assertThat(ScalePlan.scalable(ResourceKind.DEPLOYMENT)).isEqualTo(ResourceKind.DEPLOYMENT);
        assertThat(ScalePlan.scalable(ResourceKind.STATEFULSET)).isEqualTo(ResourceKind.STATEFULSET);
        for (ResourceKind kind : new ResourceKind[] {ResourceKind.DAEMONSET, ResourceKind.POD,
                ResourceKind.CONFIGMAP}) {
            assertThatThrownBy(() -> ScalePlan.scalable(kind)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.field()).isEqualTo("kind"));
        }
    }
}
