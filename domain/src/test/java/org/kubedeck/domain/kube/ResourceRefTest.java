package org.kubedeck.domain.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterName;


class ResourceRefTest {

    private static final ClusterName PROD = ClusterName.of("prod");

    @ParameterizedTest
    @ValueSource(strings = {"deployment", "Deployment", "deployments", " DEPLOYMENT "})
    void aKindIsNamedByCodeKindOrPlural(String value) {
        assertThat(ResourceKind.of(value)).isEqualTo(ResourceKind.DEPLOYMENT);
    }

    @Test
    void kindsKnowTheirApiVersion() {
        assertThat(ResourceKind.DEPLOYMENT.apiVersion()).isEqualTo("apps/v1");
        assertThat(ResourceKind.SECRET.apiVersion()).isEqualTo("v1");
        assertThat(ResourceKind.INGRESS.apiVersion()).isEqualTo("networking.k8s.io/v1");
        assertThat(ResourceKind.ofManifestKind("CronJob")).contains(ResourceKind.CRONJOB);
        assertThat(ResourceKind.ofManifestKind("Node")).isEmpty();
        assertThat(ResourceKind.POD.backedUp()).isFalse();
    }

    @Test
    void anUnknownKindIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ResourceKind.of("node"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Shop", "shop/x", "-shop", "a_b"})
    void namespacesAreDnsLabels(String namespace) {
        assertThatThrownBy(() -> new ResourceRef(PROD, namespace, ResourceKind.SERVICE, "web"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("namespace"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Web", "web/x", "../etc", "web_1"})
    void namesAreDnsSubdomains(String name) {
        assertThatThrownBy(() -> new ResourceRef(PROD, "shop", ResourceKind.SERVICE, name))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(new ResourceRef(PROD, "shop", ResourceKind.SERVICE, "web.v2-1").describe())
                .isEqualTo("service shop/web.v2-1");
    }

    @Test
    void anObjectOfAClusterWideKindHasNoNamespaceAndANamespacedOneNeedsOne() {
        ResourceKind nodes = ResourceKind.discovered("", "v1", "nodes", "Node", false);
        assertThat(ResourceRef.clusterWide(ClusterName.of("prod"), nodes, "node-a").namespace()).isEmpty();
        assertThatThrownBy(() -> new ResourceRef(ClusterName.of("prod"), "shop", nodes, "node-a"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("namespace"));
        assertThatThrownBy(() -> new ResourceRef(ClusterName.of("prod"), "", ResourceKind.CONFIGMAP, "settings"))
                .isInstanceOf(InvalidInputException.class);
    }
}
