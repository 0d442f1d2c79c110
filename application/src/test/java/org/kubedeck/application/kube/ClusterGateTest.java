package org.kubedeck.application.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.user.Permissions;


class ClusterGateTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final ResourceRef WEB = new ResourceRef(PROD, "shop", ResourceKind.DEPLOYMENT, "web");

    private final TestFixture f = new TestFixture();
    private final Actor reader = TestFixture.actor("reader", Permissions.perCluster(Map.of(PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer", Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE)));

    ClusterGateTest() {
        f.register(PROD, "Production", "prod.example:6443");
    }

    @Test
    void aPermittedActionGetsTheOpenedCluster() {
        ClusterAccess access = f.gate.open(writer, WEB, ClusterAction.CHANGE, "scale shop/web");

        assertThat(access.name()).isEqualTo(PROD);
        assertThat(access.kubeconfig().content()).contains("prod.example:6443");
        assertThat(f.audit.events(AuditAction.DENIED)).isEmpty();
    }

    @Test
    void aRefusalIsAuditedNamingTheObjectAndOpensNothing() {
        assertThatThrownBy(() -> f.gate.open(reader, WEB, ClusterAction.CHANGE, "scale shop/web"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(f.audit.events(AuditAction.DENIED)).singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo(WEB.describe()));
    }

    @Test
    void changingAClusterWideObjectNeedsTheClusterAdminsAndReadingItOnlyRead() {
        ResourceRef role = ResourceRef.clusterWide(PROD, ResourceKind.discovered("rbac.authorization.k8s.io", "v1",
                "clusterroles", "ClusterRole", false), "reader");
        Actor admin = TestFixture.actor("admin", Permissions.perCluster(Map.of(PROD, AccessLevel.ADMIN)));

        assertThatThrownBy(() -> f.gate.open(writer, role, ClusterAction.CHANGE, "edit the role"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.gate.open(reader, role, ClusterAction.VIEW, "read the role").name()).isEqualTo(PROD);
        assertThat(f.gate.open(admin, role, ClusterAction.CHANGE, "edit the role").name()).isEqualTo(PROD);
        assertThatThrownBy(() -> f.gate.require(writer, role, ClusterAction.CHANGE, "edit the role"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(role.describe()).isEqualTo("clusterroles.rbac.authorization.k8s.io reader");
    }

    @Test
    void theConsoleItselfOpensAClusterWithoutAPermissionButNotOneThatIsGone() {
        assertThat(f.gate.openForConsole(PROD).name()).isEqualTo(PROD);
        assertThatThrownBy(() -> f.gate.openForConsole(ClusterName.of("gone")))
                .isInstanceOf(NotFoundException.class);
    }
}
