package org.kubedeck.application.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.label.port.in.LabelsUseCase.BatchResult;
import org.kubedeck.application.label.port.in.LabelsUseCase.LabelBatchCommand;
import org.kubedeck.application.label.port.out.LabelCluster.LabeledObject;
import org.kubedeck.application.testing.FakeLabelCluster;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.label.LabelDiff;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;


class LabelServiceTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final NamespaceRef SHOP = NamespaceRef.of(PROD, "shop");

    private final TestFixture f = new TestFixture();
    private final FakeLabelCluster cluster = new FakeLabelCluster();
    private final LabelService service = new LabelService(f.gate, cluster, f.changes());
    private final Actor reader = TestFixture.actor("reader", Permissions.perCluster(Map.of(PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer", Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE)));

    @BeforeEach
    void seed() {
        f.register(PROD, "Production", "prod.example");
        cluster.put(ResourceKind.CONFIGMAP, "shop", "web-a", Map.of("app", "web", "tier", "front"));
        cluster.put(ResourceKind.CONFIGMAP, "shop", "web-b", Map.of("app", "web"));
        cluster.put(ResourceKind.CONFIGMAP, "shop", "web-c", Map.of("app", "web", "team", "shop"));
        cluster.put(ResourceKind.CONFIGMAP, "shop", "api", Map.of("app", "api"));
        cluster.put(ResourceKind.CONFIGMAP, "other", "web-x", Map.of("app", "web"));
        cluster.put(ResourceKind.SERVICE, "shop", "web", Map.of("app", "web"));
    }

    @Test
    void aBatchPreviewNamesExactlyWhatTheRunChanges() {
        LabelChange team = LabelChange.setting(Map.of("team", "shop"));

        BatchResult preview = service.batch(writer, new LabelBatchCommand(SHOP, ResourceKind.CONFIGMAP,
                LabelSelector.parse("app=web"), team, true));
        assertThat(preview.matched()).containsExactly("web-a", "web-b", "web-c");
        assertThat(preview.changed()).containsExactly("web-a", "web-b");
        assertThat(preview.diffs()).extracting(LabelDiff::name).containsExactly("web-a", "web-b");
        assertThat(preview.diffs().get(0).set()).containsExactly(Map.entry("team", "shop"));
        assertThat(preview.diffs().get(0).before()).doesNotContainKey("team");
        assertThat(cluster.patches()).isZero();

        BatchResult done = service.batch(writer, new LabelBatchCommand(SHOP, ResourceKind.CONFIGMAP,
                LabelSelector.parse("app=web"), team, false));

        assertThat(done.changed()).isEqualTo(preview.changed());
        assertThat(done.diffs()).as("what the preview showed is what the run did").isEqualTo(preview.diffs());
        assertThat(cluster.patches()).isEqualTo(2);
        assertThat(f.audit.events(AuditAction.LABELS_CHANGED)).hasSize(2)
                .allSatisfy(e -> assertThat(e.detail()).contains("\"selector\":\"app in (web)\""));
    }

    @Test
    void selectorsFindAcrossKindsAndNamespaces() {
        List<LabeledObject> everywhere = service.select(reader, PROD, null,
                List.of(ResourceKind.CONFIGMAP, ResourceKind.SERVICE), "app=web,!team");

        assertThat(everywhere).extracting(o -> o.kind().code() + " " + o.namespace() + "/" + o.name())
                .containsExactly("configmap other/web-x", "configmap shop/web-a", "configmap shop/web-b",
                        "service shop/web");
        assertThatThrownBy(() -> service.select(reader, PROD, "shop", List.of(ResourceKind.CONFIGMAP), "app in (web"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("selector"));
    }

    @Test
    void readersMayNotChangeLabelsAloneOrInBulk() {
        ResourceRef web = new ResourceRef(PROD, "shop", ResourceKind.SERVICE, "web");
        assertThat(service.labels(reader, web)).containsEntry("app", "web");

        assertThatThrownBy(() -> service.change(reader, web, LabelChange.removing(Set.of("app"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.batch(reader, new LabelBatchCommand(SHOP, ResourceKind.CONFIGMAP,
                LabelSelector.parse(""), LabelChange.setting(Map.of("a", "b")), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cluster.patches()).isZero();
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(2);

        assertThat(service.change(writer, web, LabelChange.removing(Set.of("app")))).isEmpty();
    }
}
