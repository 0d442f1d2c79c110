package org.kubedeck.adapters.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.Configuration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.InvalidInputException;

class KubernetesClientsTest {

    private final KubernetesClients clients = new KubernetesClients();
    private final KubeconfigYaml kubeconfig = KubeconfigYaml.forServer("https://one.example:6443")
            .context("other", "https://two.example:6443");

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void theSameKubeconfigReusesItsClient() {
        assertThat(clients.forCluster(kubeconfig.access())).isSameAs(clients.forCluster(kubeconfig.access()));
    }

    @Test
    void anEditedKubeconfigGetsANewClient() {
        ApiClient before = clients.forCluster(kubeconfig.access());

        ApiClient after = clients.forCluster(KubeconfigYaml.forServer("https://moved.example:6443").access());

        assertThat(after).isNotSameAs(before);
        assertThat(after.getBasePath()).isEqualTo("https://moved.example:6443");
    }

    @Test
    void anotherContextGetsItsOwnClient() {
        ApiClient current = clients.forCluster(kubeconfig.access());
        ApiClient other = clients.forCluster(kubeconfig.access("other"));

        assertThat(current.getBasePath()).isEqualTo("https://one.example:6443");
        assertThat(other.getBasePath()).isEqualTo("https://two.example:6443");
    }

    @Test
    void everyClientIsItsOwnNeverTheGlobalDefault() {
        assertThat(clients.forCluster(kubeconfig.access())).isNotSameAs(Configuration.getDefaultApiClient());
    }

    @Test
    void requestsGiveUpAfterFiveSeconds() {
        OkHttpClient http = clients.forCluster(kubeconfig.access()).getHttpClient();

        assertThat(http.connectTimeoutMillis()).isEqualTo(5_000);
        assertThat(http.readTimeoutMillis()).isEqualTo(5_000);
        assertThat(http.writeTimeoutMillis()).isEqualTo(5_000);
    }

    @Test
    void watchesGetTheirOwnClientWithoutReadTimeout() {
        ApiClient requests = clients.forCluster(kubeconfig.access());
        ApiClient watches = clients.forWatching(kubeconfig.access());

        assertThat(watches).isNotSameAs(requests).isNotSameAs(Configuration.getDefaultApiClient());
        assertThat(watches.getBasePath()).isEqualTo(requests.getBasePath());
        assertThat(watches.getHttpClient().readTimeoutMillis()).isZero();
        assertThat(watches.getHttpClient().connectTimeoutMillis()).isEqualTo(5_000);
        assertThat(requests.getHttpClient().readTimeoutMillis()).isEqualTo(5_000);
    }

    @Test
    void theWatchClientIsCachedByKubeconfigLikeTheOther() {
        ApiClient before = clients.forWatching(kubeconfig.access());

        assertThat(clients.forWatching(kubeconfig.access())).isSameAs(before);
        assertThat(clients.forWatching(KubeconfigYaml.forServer("https://moved.example:6443").access()))
                .isNotSameAs(before)
                .satisfies(after -> assertThat(after.getBasePath()).isEqualTo("https://moved.example:6443"));
    }

    @Test
    void unreadableCertificateDataIsRefused() {
        ClusterAccess access = KubeconfigYaml.forServer("https://one.example:6443")
                .clusterAlso("certificate-authority-data: bm90IGEgY2VydGlmaWNhdGU=").access();

        assertThatThrownBy(() -> clients.forCluster(access))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("kubeconfig_content"))
                .hasMessage("The certificates or keys in the kubeconfig cannot be read (No certificate data found).");
    }
}
