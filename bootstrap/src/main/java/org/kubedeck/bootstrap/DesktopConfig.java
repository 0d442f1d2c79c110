package org.kubedeck.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.kubedeck.application.desktop.DesktopSettings;
import org.kubedeck.application.desktop.Desktops;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.application.desktop.port.out.DesktopCluster;
import org.kubedeck.application.desktop.port.out.DesktopMetrics;
import org.kubedeck.application.desktop.port.out.DesktopSettingsStore;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.application.token.TokenRateLimit;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopAddress;
import org.kubedeck.domain.desktop.DesktopPolicy;
import org.kubedeck.domain.desktop.DesktopResources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DesktopConfig {

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

    /** What the desktop use cases share. */
    @Bean
    Desktops desktops(DesktopSettings settings, DesktopCluster cluster, DesktopClaims claims,
            DesktopSettingsStore chosen, ClusterKeyring keyring, Clock clock) {
        return new Desktops(settings, cluster, claims, chosen, keyring, clock);
    }

    @Bean
    TokenRateLimit tokenRateLimit(KubedeckProperties properties) {
        return new TokenRateLimit(properties.api().rateLimit(), properties.api().rateWindow());
    }

    @Bean
    DesktopMetrics desktopMetrics(MeterRegistry registry) {
        return new DesktopMicrometerAdapter(registry);
    }
}
