package org.kubedeck.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kubedeck.application.quota.port.out.QuotaAlerts;
import org.kubedeck.domain.quota.QuotaSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each quota alert as JSON to one URL. The body carries the facts as fields and a {@code text} line, so
 * Slack- and Mattermost-style incoming webhooks show it as it is; with a secret, {@code X-Kubedeck-Signature:
 * sha256=<hex>} is the HMAC-SHA256 of the body. Sent in the background: a slow or failing receiver delays and
 * breaks nothing, is logged by host only (webhook URLs often carry a token) and counted in
 * {@code kubedeck_quota_alerts_total{outcome}}.
 */
final class QuotaWebhookAdapter implements QuotaAlerts {

    static final String SIGNATURE_HEADER = "X-Kubedeck-Signature";
    private static final Logger log = LoggerFactory.getLogger(QuotaWebhookAdapter.class);

    private final URI url;
    private final byte[] secret;
    private final Duration timeout;
    private final HttpClient client;
    private final JsonMapper json;
    private final Counter sent;
    private final Counter failed;

    QuotaWebhookAdapter(URI url, String secret, Duration timeout, JsonMapper json, MeterRegistry registry) {
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.timeout = timeout;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.sent = outcome(registry, "sent");
        this.failed = outcome(registry, "failed");
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("kubedeck.quota.alerts").description("Quota alerts posted to the webhook")
                .tag("outcome", outcome).register(registry);
    }

    @Override
    public void raise(QuotaAlert alert) {
        send(alert);
    }

    /** The delivery, for tests to wait on; it completes normally whatever the receiver does. */
    CompletableFuture<Boolean> send(QuotaAlert alert) {
        byte[] body = json.writeValueAsBytes(body(alert));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret.length > 0) {
            request.header(SIGNATURE_HEADER, "sha256=" + HexFormat.of().formatHex(hmac(body)));
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    boolean delivered = error == null && response.statusCode() < 300;
                    (delivered ? sent : failed).increment();
                    if (!delivered) {
                        log.warn("Quota alert for {}/{} on cluster {} not delivered to {}: {}",
                                alert.sample().namespace(), alert.sample().quota(), alert.sample().cluster().value(),
                                url.getHost(), error == null ? "HTTP " + response.statusCode() : error.toString());
                    }
                    return delivered;
                });
    }

    static Map<String, Object> body(QuotaAlert alert) {
        QuotaSample sample = alert.sample();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "quota_pressure");
        body.put("level", alert.level());
        body.put("cluster", sample.cluster().value());
        body.put("namespace", sample.namespace());
        body.put("quota", sample.quota());
        body.put("resource", sample.resource());
        body.put("used", sample.used());
        body.put("hard", sample.hard());
        body.put("ratio", sample.ratio());
        body.put("at", sample.at().toString());
        body.put("text", String.format(Locale.ROOT, "Quota %s/%s on cluster %s is %s: %s at %.0f%% (%s of %s)",
                sample.namespace(), sample.quota(), sample.cluster().value(), alert.level(), sample.resource(),
                sample.ratio() * 100, sample.used(), sample.hard()));
        return body;
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
