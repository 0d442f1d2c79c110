package org.kubedeck.adapters.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.ApiException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterUnavailableException;

/** Failures that are hard to provoke over the network here (no DNS, no real API server) are built by hand. */
class KubernetesErrorTranslatorTest {

    private static final String SERVER = "https://cluster.example:6443";

    private final KubernetesErrorTranslator translator = new KubernetesErrorTranslator();

    @Test
    void anUnknownHostCannotBeReached() {
        DomainException translated = translator.translate(new ApiException(new UnknownHostException(
                "cluster.example")), SERVER);

        assertThat(translated).isInstanceOf(ClusterUnavailableException.class)
                .hasMessage("Cannot reach https://cluster.example:6443: the host name is unknown.");
    }

    @Test
    void aReadTimeoutDidNotAnswerInTime() {
        DomainException translated = translator.translate(new ApiException(new SocketTimeoutException("timeout")),
                SERVER);

        assertThat(translated).isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("did not answer in time");
    }

    @Test
    void aCertificateProblemInsideTheHandshakeIsNamedAsSuch() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new CertificateException("unable to find valid certification path"));

        DomainException translated = translator.translate(new ApiException(handshake), SERVER);

        assertThat(translated).hasMessage("The certificate of https://cluster.example:6443 does not verify against "
                + "the certificate authority in the kubeconfig.");
    }

    @Test
    void forbiddenIsARejectionOfTheCredentialsWithTheServersReason() {
        DomainException translated = translator.translate(new ApiException(403, Map.of(), """
                {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403,
                "message":"nodes is forbidden: User \\"viewer\\" cannot list resource \\"nodes\\""}"""), SERVER);

        assertThat(translated).isInstanceOf(ClusterUnavailableException.class)
                .hasMessage("The cluster at https://cluster.example:6443 rejected the credentials (HTTP 403): "
                        + "nodes is forbidden: User \"viewer\" cannot list resource \"nodes\"");
    }

    @Test
    void aMissingObjectIsNotFound() {
        assertThat(translator.translate(new ApiException(404, "Not Found"), SERVER))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aServerErrorLeavesTheClusterUnavailable() {
        assertThat(translator.translate(new ApiException(503, "Service Unavailable"), SERVER))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void domainExceptionsPassUnchanged() {
        InvalidInputException refused = new InvalidInputException("kubeconfig_content", "No.");

        assertThat(translator.translate(refused, SERVER)).isSameAs(refused);
    }
}
