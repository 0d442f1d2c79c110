package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;


/**
 * One browser-like client over real HTTP: its own cookie jar and its own client address. State-changing
 * requests carry the CSRF token from the XSRF-TOKEN cookie unless a test asks otherwise.
 */
public class WebSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String clientIp;

    public WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.clientIp = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public String clientIp() {
        return clientIp;
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A GET whose body is read as it comes (a stream of server-sent events); closing it goes away. */
    public HttpResponse<InputStream> stream(String path) {
        try {
            return client.send(request(path, "Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a WebSocket with this session's cookies; answers the HTTP status of a refused handshake as a
     * {@code java.net.http.WebSocketHandshakeException} cause of the future's failure.
     */
    public CompletableFuture<WebSocket> webSocket(String path, WebSocket.Listener listener, String... headers) {
        WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .header("X-Forwarded-For", clientIp);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.buildAsync(URI.create(base.replaceFirst("^http", "ws") + path), listener);
    }

    /** {@code headers}: more headers, in name, value pairs. */
    public Response postJson(String path, Object body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response putJson(String path, Object body) {
        return send(request(path, "Content-Type", "application/json").header("X-XSRF-TOKEN", csrf())
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Any method with a JSON body and the CSRF token, as for a DELETE that names what to remove. */
    public Response send(String method, String path, Object body) {
        return send(request(path, "Content-Type", "application/json").header("X-XSRF-TOKEN", csrf())
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** A multipart form with each file under the field {@code field}, named as the map says, and the CSRF token. */
    public Response postFiles(String path, String field, Map<String, byte[]> files) {
        String boundary = "kubedeck-" + UUID.randomUUID();
        return send(request(path, "Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-XSRF-TOKEN", csrf()).POST(multipart(boundary, field, files)));
    }

    /** The same form as a script sends it with an API token: no cookies, no CSRF token. */
    public Response postFilesWithToken(String token, String path, String field, Map<String, byte[]> files) {
        String boundary = "kubedeck-" + UUID.randomUUID();
        return send(request(path, "Content-Type", "multipart/form-data; boundary=" + boundary,
                "Authorization", "Bearer " + token).POST(multipart(boundary, field, files)));
    }

    private static HttpRequest.BodyPublisher multipart(String boundary, String field, Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                    + "\"; filename=\"" + name.replace("\"", "%22") + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
    }

    /**
     * One file under the field {@code field} as a multipart form, streamed from disk rather than held in memory,
     * with the CSRF token; no timeout, for large files.
     */
    public Response postFile(String path, String field, Path file) {
        String boundary = "kubedeck-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        try {
            return send(request(path, "Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofMinutes(30)).header("X-XSRF-TOKEN", csrf())
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail))));
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET whose body is answered as bytes, with its status; headers come in name, value pairs. */
    public HttpResponse<byte[]> bytes(String path, String... headers) {
        try {
            return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path) {
        return send(request(path).header("X-XSRF-TOKEN", csrf()).DELETE());
    }

    public Response postForm(String path, Map<String, String> form, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf())
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /**
     * A script's call with an API token: no cookies, no CSRF token. {@code body} null sends none; headers come
     * in name, value pairs.
     */
    public Response withToken(String token, String method, String path, Object body, String... headers) {
        HttpRequest.Builder builder = request(path, headers).header("Authorization", "Bearer " + token);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** A POST with no CSRF token at all, as a forged cross-site request would arrive. */
    public Response postJsonWithoutCsrf(String path, Object body) {
        return send(request(path, "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response apiLogin(String username, String password, String... headers) {
        return send(request("/api/login", headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", username, "password", password)))));
    }

    /** Signs in through the login form, as a browser does: load the page for the token, then post. */
    public Response formLogin(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private String csrf() {
        if (cookie("XSRF-TOKEN").isEmpty()) {
            get("/login");
        }
        return cookie("XSRF-TOKEN").orElse("");
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20)).header("X-Forwarded-For", clientIp);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            return new Response(client.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        /** The path a redirect points to, without scheme and host. */
        public String location() {
            String location = header("Location").orElseThrow(() -> new AssertionError("No redirect: " + status()));
            return location.replaceFirst("^https?://[^/]+", "");
        }

        public Response assertStatus(int expected) {
            assertThat(status()).as("status of a response with body %s", body()).isEqualTo(expected);
            return this;
        }
    }
}
