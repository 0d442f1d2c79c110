package org.kubedeck.bootstrap;

import org.kubedeck.adapters.k8s.AllowedNetworks;
import org.kubedeck.application.cluster.ClusterKeyring;
import org.kubedeck.application.cluster.port.in.MaintainClustersUseCase;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.workload.port.in.RestoreDuePodsUseCase;
import org.kubedeck.domain.workload.LoadLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClusterConfig {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfig.class);

    @Bean
    LoadLabel loadLabel(KubedeckProperties properties) {
        KubedeckProperties.Load load = properties.load();
        return new LoadLabel(load.label(), load.online(), load.done());
    }

    @Bean
    AllowedNetworks allowedNetworks(KubedeckProperties properties) {
        return AllowedNetworks.of(properties.clusters().allowedNetworks());
    }

    @Bean
    ClusterKeyring clusterKeyring(ClusterStore clusters, SecretBox secrets) {
        return new ClusterKeyring(clusters, secrets);
    }

    @Bean
    BackgroundJobs backgroundJobs(MaintainClustersUseCase maintenance, RestoreDuePodsUseCase restores,
            @Value("${kubedeck.clusters.health-check:true}") boolean healthCheck) {
        return new BackgroundJobs(maintenance, restores, healthCheck);
    }

    /**
     * The console's own work on its clusters: probing every cluster so pages show health without waiting on any,
     * and putting kicked pods back when their planned restore is due (each taken by one replica only).
     */
    static class BackgroundJobs {

        private final MaintainClustersUseCase maintenance;
        private final RestoreDuePodsUseCase restores;
        private final boolean healthCheck;

        BackgroundJobs(MaintainClustersUseCase maintenance, RestoreDuePodsUseCase restores, boolean healthCheck) {
            this.maintenance = maintenance;
            this.restores = restores;
            this.healthCheck = healthCheck;
        }

        @Scheduled(initialDelayString = "${kubedeck.clusters.health-interval:30s}",
                fixedDelayString = "${kubedeck.clusters.health-interval:30s}")
        void refreshHealth() {
            if (healthCheck) {
                maintenance.refreshHealth();
            }
        }

        @Scheduled(initialDelayString = "${kubedeck.load.restore-check-interval:15s}",
                fixedDelayString = "${kubedeck.load.restore-check-interval:15s}")
        void restoreDuePods() {
            int restored = restores.restoreDuePods();
            if (restored > 0) {
                log.info("Restored {} pod(s) to load balancing as planned", restored);
            }
        }
    }
}
