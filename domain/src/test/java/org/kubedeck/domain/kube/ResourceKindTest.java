package org.kubedeck.domain.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;


class ResourceKindTest {

    private static final ResourceKind WIDGETS = ResourceKind.discovered("example.com", "v1beta1", "widgets",
            "Widget", true);

    @Test
    void aKnownKindIsFoundByItsCodeItsKindOrItsPluralInAnyCase() {
        assertThat(List.of("deployment", "Deployment", "DEPLOYMENTS", " deployments "))
                .allSatisfy(value -> assertThat(ResourceKind.of(value)).isSameAs(ResourceKind.DEPLOYMENT));
        assertThat(ResourceKind.DEPLOYMENT.apiVersion()).isEqualTo("apps/v1");
        assertThat(ResourceKind.CONFIGMAP.apiVersion()).isEqualTo("v1");
        assertThat(ResourceKind.DEPLOYMENT.resource()).isEqualTo("deployments.apps");
        assertThat(ResourceKind.ofManifestKind("StatefulSet")).contains(ResourceKind.STATEFULSET);
        assertThat(ResourceKind.ofManifestKind("Widget")).isEmpty();
    }

    @Test
    void aDiscoveredKindIsNamedAsKubectlNamesItAndIsTheKnownOneWhenItIsOne() {
        assertThat(WIDGETS.code()).isEqualTo("widgets.example.com");
        assertThat(WIDGETS.apiVersion()).isEqualTo("example.com/v1beta1");
        assertThat(WIDGETS.isWorkload()).isFalse();
        assertThat(WIDGETS.backedUp()).isFalse();
        assertThat(ResourceKind.discovered("apps", "v1", "deployments", "Deployment", true))
                .isSameAs(ResourceKind.DEPLOYMENT);
        // The version is how the console speaks to a kind, not which kind it is.
        assertThat(ResourceKind.discovered("example.com", "v1", "widgets", "Widget", true)).isEqualTo(WIDGETS)
                .hasSameHashCodeAs(WIDGETS);
    }

    @Test
    void kindsSortAsTheConsoleListsThemKnownKindsFirst() {
        ResourceKind gadgets = ResourceKind.discovered("example.com", "v1", "gadgets", "Gadget", false);
        assertThat(List.of(WIDGETS, ResourceKind.POD, gadgets, ResourceKind.DEPLOYMENT).stream().sorted())
                .containsExactly(ResourceKind.DEPLOYMENT, ResourceKind.POD, gadgets, WIDGETS);
    }

    @Test
    void theWorkloadsAreFourOfTheKindsAndAnythingElseIsRefusedAsAWorkloadType() {
        assertThat(ResourceKind.workload("statefulsets")).isSameAs(ResourceKind.STATEFULSET);
        assertThat(ResourceKind.WORKLOADS).allMatch(ResourceKind::isWorkload);
        assertThatThrownBy(() -> ResourceKind.workload("service")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Workload type 'service' is not one of deployment, statefulset, daemonset, pod.")
                .extracting("field").isEqualTo("type");
        assertThatThrownBy(() -> ResourceKind.of("widgets")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Unknown kind 'widgets'");
    }

    @Test
    void namesTheApiServerWouldNotServeAreRefused() {
        assertThatThrownBy(() -> ResourceKind.discovered("Example.COM", "v1", "widgets", "Widget", true))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ResourceKind.discovered("example.com", "v1", "../pods", "Widget", true))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ResourceKind.discovered("example.com", "v1", "widgets", "Wid get", true))
                .isInstanceOf(InvalidInputException.class);
    }
}
