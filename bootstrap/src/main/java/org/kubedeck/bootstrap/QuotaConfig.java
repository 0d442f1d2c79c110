package org.kubedeck.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.kubedeck.application.quota.QuotaPressureSettings;
import org.kubedeck.application.quota.port.out.QuotaAlerts;
import org.kubedeck.application.quota.port.out.QuotaMetrics;
import org.kubedeck.domain.quota.QuotaSample;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class QuotaConfig {

    @Bean
    QuotaPressureSettings quotaPressureSettings(KubedeckProperties properties) {
        KubedeckProperties.Quotas q = properties.quotas();
        return new QuotaPressureSettings(q.sampleInterval(), q.retention(), q.warnRatio(), q.fullRatio());
    }

    /**
     * {@code kubedeck_quota_usage_ratio{cluster,namespace,quota,resource}}: used ÷ hard of every quota item, as
     * last sampled; {@code kubedeck_quota_thresholds{level}} carries the configured thresholds.
     */
    @Bean
    QuotaMetrics quotaMetrics(MeterRegistry registry, QuotaPressureSettings settings) {
        MultiGauge usage = MultiGauge.builder("kubedeck.quota.usage.ratio")
                .description("Used share of each quota limit, as last sampled").register(registry);
        MultiGauge.builder("kubedeck.quota.thresholds").description("Quota usage counted as high and as full")
                .register(registry).register(List.of(
                        MultiGauge.Row.of(Tags.of("level", "high"), settings.warnRatio()),
                        MultiGauge.Row.of(Tags.of("level", "full"), settings.fullRatio())));
        return latest -> usage.register(latest.stream().map(QuotaConfig::row).toList(), true);
    }

    private static MultiGauge.Row<?> row(QuotaSample sample) {
        return MultiGauge.Row.of(Tags.of("cluster", sample.cluster().value(), "namespace", sample.namespace(),
                "quota", sample.quota(), "resource", sample.resource()), sample.ratio());
    }

    /** The webhook of {@code kubedeck.quotas.webhook.*}, or no alerts beyond the audit log when no URL is set. */
    @Bean
    QuotaAlerts quotaAlerts(KubedeckProperties properties, JsonMapper json, MeterRegistry registry) {
        KubedeckProperties.Quotas.Webhook webhook = properties.quotas().webhook();
        if (webhook.url().isBlank()) {
            return QuotaAlerts.NONE;
        }
        URI url;
        try {
            url = new URI(webhook.url().trim());
        } catch (URISyntaxException e) {
            url = null;
        }
        if (url == null || url.getHost() == null || !List.of("http", "https").contains(url.getScheme())) {
            throw new IllegalStateException("kubedeck.quotas.webhook.url must be an http or https URL.");
        }
        return new QuotaWebhookAdapter(url, webhook.secret(), webhook.timeout(), json, registry);
    }
}
