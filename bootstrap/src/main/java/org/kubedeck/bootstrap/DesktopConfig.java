package org.kubedeck.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import org.kubedeck.application.desktop.DesktopSettings;
import org.kubedeck.application.desktop.port.in.MaintainDesktopsUseCase;
import org.kubedeck.application.desktop.port.out.DesktopMetrics;
import org.kubedeck.application.token.TokenRateLimit;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopAddress;
import org.kubedeck.domain.desktop.DesktopPolicy;
import org.kubedeck.domain.desktop.DesktopResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
class DesktopConfig {

    private static final Logger log = LoggerFactory.getLogger(DesktopConfig.class);

    /** Read once at start: a bad quantity or bound in {@code kubedeck.desktops.*} stops the console there. */
    @Bean
    DesktopSettings desktopSettings(KubedeckProperties properties) {
        KubedeckProperties.Desktops d = properties.desktops();
        DesktopPolicy policy = new DesktopPolicy(
                DesktopResources.parse(d.defaultCpuLimit(), d.defaultMemoryLimit(), d.defaultStorage()),
                DesktopResources.parse(d.minCpuLimit(), d.minMemoryLimit(), d.minStorage()),
                DesktopResources.parse(d.maxCpuLimit(), d.maxMemoryLimit(), d.maxStorage()));
        return new DesktopSettings(d.cluster().isBlank() ? null : new ClusterName(d.cluster()), d.namespace(),
                policy, d.image(), d.resolution(), d.homePath(), new DesktopAddress(d.domain(), d.tls()),
                d.ingressClass(), d.tlsSecret(), d.ingressNamespace(), d.maxTotal(), d.startTimeout(), d.idleTimeout());
    }

    @Bean
    TokenRateLimit tokenRateLimit(KubedeckProperties properties) {
        return new TokenRateLimit(properties.api().rateLimit(), properties.api().rateWindow());
    }

    @Bean
    DesktopMetrics desktopMetrics(MeterRegistry registry) {
        return new MicrometerDesktopMetrics(registry);
    }

    @Bean
    DesktopJobs desktopJobs(MaintainDesktopsUseCase maintenance) {
        return new DesktopJobs(maintenance);
    }

    /** Observes desktops for the metrics and frees claims of desktops deleted behind the console's back. */
    static class DesktopJobs {

        private final MaintainDesktopsUseCase maintenance;

        DesktopJobs(MaintainDesktopsUseCase maintenance) {
            this.maintenance = maintenance;
        }

        @Scheduled(initialDelayString = "${kubedeck.desktops.observe-interval:30s}",
                fixedDelayString = "${kubedeck.desktops.observe-interval:30s}")
        void observe() {
            try {
                maintenance.observe();
            } catch (DomainException e) {
                log.warn("Could not observe desktops: {}", e.getMessage());
            }
        }
    }
}
