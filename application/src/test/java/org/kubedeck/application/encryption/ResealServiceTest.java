package org.kubedeck.application.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kubedeck.application.encryption.port.in.ResealUseCase.Resealed;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;

class ResealServiceTest {

    private static final ClusterName PROD = ClusterName.of("prod");

    private final TestFixture f = new TestFixture();
    private final ResealService service = new ResealService(f.clusters, f.secrets, f.auditLog);

    @Test
    void keyRotationSealsEveryKubeconfigAgainUnderTheNewKey() {
        f.register(PROD, "Production", "prod.example");
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(1));

        assertThat(f.clusters.kubeconfig(PROD).orElseThrow().keyId()).isEqualTo("key-2");
        assertThat(f.keyring.open(PROD).kubeconfig().content()).contains("secret-token-prod.example");
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"count\":1"));
        assertThat(service.reseal()).isEqualTo(new Resealed(0));
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).as("nothing to seal, nothing audited")
                .hasSize(1);
    }

    @Test
    void kubeconfigsUnderTheCurrentKeyAreLeftAlone() {
        f.register(PROD, "Production", "prod.example");
        var before = f.clusters.kubeconfig(PROD).orElseThrow();

        assertThat(service.reseal().any()).isFalse();

        assertThat(f.clusters.kubeconfig(PROD)).contains(before);
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).isEmpty();
    }
}
