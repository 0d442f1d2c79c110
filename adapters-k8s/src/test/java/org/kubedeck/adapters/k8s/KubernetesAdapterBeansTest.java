package org.kubedeck.adapters.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.cluster.port.out.ClusterConnector;
import org.kubedeck.application.desktop.port.out.DesktopCluster;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.label.port.out.LabelCluster;
import org.kubedeck.application.node.port.out.NodeCluster;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.application.scale.port.out.ScaleCluster;
import org.kubedeck.application.workload.port.out.PodLabeler;
import org.kubedeck.application.workload.port.out.WorkloadReader;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;


/** What the application is wired with when it scans this adapter, given the settings bootstrap provides. */
class KubernetesAdapterBeansTest {

    private static final KubernetesSettings SETTINGS = new KubernetesSettings(Duration.ofMinutes(10),
            AllowedNetworks.ANY);

    @Test
    void theWatchFedCacheIsTheOneWorkloadReaderAndTheDirectAdapterTheOnePodLabeler() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(KubernetesSettings.class, () -> SETTINGS);
            context.scan("org.kubedeck.adapters.k8s");
            context.refresh();

            assertThat(context.getBeansOfType(WorkloadReader.class).values()).singleElement()
                    .satisfies(reader -> assertThat(reader.getClass().getSimpleName())
                            .isEqualTo("WorkloadInformerAdapter"));
            assertThat(context.getBeansOfType(PodLabeler.class).values()).singleElement()
                    .satisfies(labeler -> assertThat(labeler.getClass().getSimpleName())
                            .isEqualTo("WorkloadKubernetesAdapter"));
            assertThat(context.getBeansOfType(ClusterConnector.class)).hasSize(1);
        }
    }

    @Test
    void theDesktopsLiveInTheClusterThroughTheKubernetesAdapter() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(KubernetesSettings.class, () -> SETTINGS);
            context.scan("org.kubedeck.adapters.k8s");
            context.refresh();

            assertThat(context.getBeansOfType(DesktopCluster.class).values()).singleElement()
                    .satisfies(desktops -> assertThat(desktops.getClass().getSimpleName())
                            .isEqualTo("DesktopKubernetesAdapter"));
        }
    }

    @Test
    void objectsAsYamlComeFromTheOneResourceAdapter() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(KubernetesSettings.class, () -> SETTINGS);
            context.scan("org.kubedeck.adapters.k8s");
            context.refresh();

            assertThat(context.getBeansOfType(ResourceCluster.class).values()).singleElement()
                    .satisfies(resources -> assertThat(resources.getClass().getSimpleName())
                            .isEqualTo("ResourceKubernetesAdapter"));
        }
    }

    @Test
    void quotasLabelsNodesAndReplicasHaveOneKubernetesAdapterEach() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(KubernetesSettings.class, () -> SETTINGS);
            context.scan("org.kubedeck.adapters.k8s");
            context.refresh();

            assertThat(context.getBeansOfType(QuotaCluster.class).values()).singleElement()
                    .satisfies(quotas -> assertThat(quotas.getClass().getSimpleName())
                            .isEqualTo("QuotaKubernetesAdapter"));
            assertThat(context.getBeansOfType(LabelCluster.class).values()).singleElement()
                    .satisfies(labels -> assertThat(labels.getClass().getSimpleName())
                            .isEqualTo("LabelKubernetesAdapter"));
            assertThat(context.getBeansOfType(NodeCluster.class).values()).singleElement()
                    .satisfies(nodes -> assertThat(nodes.getClass().getSimpleName())
                            .isEqualTo("NodeKubernetesAdapter"));
            assertThat(context.getBeansOfType(ScaleCluster.class).values()).singleElement()
                    .satisfies(scale -> assertThat(scale.getClass().getSimpleName())
                            .isEqualTo("ScaleKubernetesAdapter"));
        }
    }
}
