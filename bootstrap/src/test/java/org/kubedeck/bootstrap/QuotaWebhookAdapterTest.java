package org.kubedeck.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kubedeck.application.quota.port.out.QuotaAlerts;
import org.kubedeck.application.quota.port.out.QuotaAlerts.QuotaAlert;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.quota.QuotaSample;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;


@ExtendWith(OutputCaptureExtension.class)
class QuotaWebhookAdapterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final QuotaAlert ALERT = new QuotaAlert(new QuotaSample(ClusterName.of("prod"), "shop", "compute",
            "requests.cpu", "3700m", "4", 0.925, Instant.parse("2026-11-30T10:00:00Z")), "high");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private int status = 200;

    record Received(String path, String signature, String contentType, byte[] body) {
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst(QuotaWebhookAdapter.SIGNATURE_HEADER),
                    exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void anAlertIsPostedAsSignedJsonWithAReadableLine() throws Exception {
        boolean delivered = alerts("/hooks/T0KEN", "s3cret").send(ALERT).get();

        assertThat(delivered).isTrue();
        Received post = received.get(0);
        assertThat(post.path()).isEqualTo("/hooks/T0KEN");
        assertThat(post.contentType()).isEqualTo("application/json");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(post.signature()).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(post.body())));
        JsonNode body = JSON.readTree(post.body());
        assertThat(body.get("event").asString()).isEqualTo("quota_pressure");
        assertThat(body.get("level").asString()).isEqualTo("high");
        assertThat(body.get("cluster").asString()).isEqualTo("prod");
        assertThat(body.get("namespace").asString()).isEqualTo("shop");
        assertThat(body.get("quota").asString()).isEqualTo("compute");
        assertThat(body.get("resource").asString()).isEqualTo("requests.cpu");
        assertThat(body.get("used").asString()).isEqualTo("3700m");
        assertThat(body.get("hard").asString()).isEqualTo("4");
        assertThat(body.get("ratio").asDouble()).isEqualTo(0.925);
        assertThat(body.get("at").asString()).isEqualTo("2026-11-30T10:00:00Z");
        assertThat(body.get("text").asString())
                .isEqualTo("Quota shop/compute on cluster prod is high: requests.cpu at 93% (3700m of 4)");
        assertThat(registry.counter("kubedeck.quota.alerts", "outcome", "sent").count()).isEqualTo(1);
    }

    @Test
    void withoutASecretThereIsNoSignature() throws Exception {
        alerts("/hook", "").send(ALERT).get();

        assertThat(received.get(0).signature()).isNull();
    }

    @Test
    void aRefusingOrAbsentReceiverIsCountedAndLoggedWithoutItsPath(CapturedOutput output) throws Exception {
        status = 500;
        assertThat(alerts("/hooks/T0KEN", "s3cret").send(ALERT).get()).isFalse();

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(new QuotaWebhookAdapter(URI.create("http://127.0.0.1:" + closedPort + "/hooks/T0KEN"), "s3cret",
                Duration.ofSeconds(2), JSON, registry).send(ALERT).get()).isFalse();

        assertThat(registry.counter("kubedeck.quota.alerts", "outcome", "failed").count()).isEqualTo(2);
        assertThat(output.getAll()).contains("Quota alert for shop/compute on cluster prod not delivered to "
                + "127.0.0.1: HTTP 500").doesNotContain("T0KEN").doesNotContain("s3cret");
    }

    @Test
    void noUrlMeansNoWebhookAndABadOneStopsTheStart() {
        QuotaConfig config = new QuotaConfig();

        assertThat(config.quotaAlerts(properties(Map.of()), JSON, registry)).isSameAs(QuotaAlerts.NONE);
        assertThat(config.quotaAlerts(properties(Map.of("kubedeck.quotas.webhook.url", "https://chat.example/hook")),
                JSON, registry)).isInstanceOf(QuotaWebhookAdapter.class);
        for (String bad : List.of("ftp://chat.example/hook", "chat.example/hook", "https://")) {
            assertThatThrownBy(() -> config.quotaAlerts(properties(Map.of("kubedeck.quotas.webhook.url", bad)), JSON,
                    registry)).hasMessage("kubedeck.quotas.webhook.url must be an http or https URL.");
        }
        assertThat(properties(Map.of("kubedeck.quotas.webhook.secret", "s3cret")).quotas().webhook().toString())
                .doesNotContain("s3cret");
    }

    private QuotaWebhookAdapter alerts(String path, String secret) {
        return new QuotaWebhookAdapter(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path),
                secret, Duration.ofSeconds(5), JSON, registry);
    }

    private static KubedeckProperties properties(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("kubedeck",
                KubedeckProperties.class);
    }
}
