package org.kubedeck.bootstrap;

import java.time.Clock;
import org.kubedeck.adapters.k8s.AllowedNetworks;
import org.kubedeck.adapters.k8s.KubernetesSettings;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.cluster.RegisteredClusters;
import org.kubedeck.application.cluster.port.out.ClusterConnector;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.application.kube.port.out.IdentityDirectory;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.scan.ScanSchedule;
import org.kubedeck.application.scan.Scans;
import org.kubedeck.application.unified.Fleet;
import org.kubedeck.application.unified.FleetSearchSettings;
import org.kubedeck.application.capacity.port.out.CapacitySettingsStore;
import org.kubedeck.application.label.port.out.LabelPolicyStore;
import org.kubedeck.application.scan.port.out.ScanCluster;
import org.kubedeck.application.scan.port.out.ScanStore;
import org.kubedeck.application.scan.port.out.SilenceStore;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.workload.PodLoad;
import org.kubedeck.application.workload.port.out.PodLabeler;
import org.kubedeck.domain.scan.Scanner;
import org.kubedeck.domain.workload.LoadLabel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClusterConfig {

    @Bean
    LoadLabel loadLabel(KubedeckProperties properties) {
        KubedeckProperties.Load load = properties.load();
        return new LoadLabel(load.label(), load.online(), load.done());
    }

    /** A scan's checks: the load label Services should select by, and the share of a quota it warns from. */
    @Bean
    Scanner scanner(LoadLabel load, KubedeckProperties properties) {
        return new Scanner(load, properties.quotas().warnRatio());
    }

    /** What a user's scan and a scheduled one share. */
    @Bean
    Scans scans(ScanCluster cluster, ScanStore store, SilenceStore silences, LabelPolicyStore policies,
            CapacitySettingsStore settings, Scanner scanner, Clock clock) {
        return new Scans(cluster, store, silences, policies, settings, scanner, clock);
    }

    @Bean
    FleetSearchSettings fleetSearchSettings(KubedeckProperties properties) {
        return new FleetSearchSettings(properties.unified().deadline(), properties.unified().freshFor());
    }

    /** The pool that asks several clusters at once; its threads end with the context. */
    @Bean(destroyMethod = "close")
    Fleet fleet(FleetSearchSettings settings) {
        return new Fleet(settings);
    }

    @Bean
    ScanSchedule scanSchedule(KubedeckProperties properties) {
        return new ScanSchedule(properties.scans().interval());
    }

    /** What a kick or restore by a user and a planned restore share: the load label set and recorded. */
    @Bean
    PodLoad podLoad(PodLabeler labeler, ResourceHistory history, LoadLabel label) {
        return new PodLoad(labeler, history, label);
    }

    @Bean
    KubernetesSettings kubernetesSettings(KubedeckProperties properties) {
        KubedeckProperties.Clusters clusters = properties.clusters();
        return new KubernetesSettings(clusters.cacheIdle(), AllowedNetworks.of(clusters.allowedNetworks()));
    }

    @Bean
    ClusterKeyring clusterKeyring(ClusterStore clusters, SecretBox secrets, IdentityDirectory directory) {
        return new ClusterKeyring(clusters, secrets, directory);
    }

    /** What the cluster use cases share. */
    @Bean
    RegisteredClusters registeredClusters(ClusterStore clusters, ClusterConnector connector, ClusterKeyring keyring,
            Clock clock) {
        return new RegisteredClusters(clusters, connector, keyring, clock);
    }

    @Bean
    ClusterGate clusterGate(AccessGuard guard, ClusterKeyring keyring) {
        return new ClusterGate(guard, keyring);
    }
}
