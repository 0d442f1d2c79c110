package org.kubedeck.adapters.k8s;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.ApiException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where client-java's failures become domain exceptions with a sentence a user can act on.
 * {@code server} is the API server's address as the kubeconfig gives it.
 */
final class KubernetesErrorTranslator {

    private static final Logger log = LoggerFactory.getLogger(KubernetesErrorTranslator.class);
    /** The key of a refusal {@link ObjectRequests} makes of a 403: the cluster's credential may not do it. */
    static final String CREDENTIAL_MAY_NOT = "k8s.clusterSCredentialMay";

    DomainException translate(Throwable failure, String server) {
        return translate(failure, server, null);
    }

    /**
     * {@code person}: whom the request acted as (null: the kubeconfig's own identity). A 403 for a person is the
     * cluster's own RBAC refusing them: no access, rather than a credential the cluster rejects.
     */
    DomainException translate(Throwable failure, String server, Identity person) {
        if (person != null && failure instanceof AccessDeniedException denied
                && CREDENTIAL_MAY_NOT.equals(denied.message().key())) {
            List<Object> said = denied.message().args();
            return new AccessDeniedException(Message.of("k8s.personMayNot",
                    "The cluster does not let {0} {1} {2} (its own RBAC decides): {3}", person.user(), said.get(0),
                    said.get(1), said.get(2)));
        }
        if (failure instanceof DomainException domain) {
            return domain;
        }
        if (person != null && failure instanceof ApiException api && api.getCode() == 403) {
            return new AccessDeniedException(Message.of("k8s.personRefused",
                    "The cluster does not let {0} do this (its own RBAC decides){1}", person.user(),
                    statusMessage(api).map(message -> ": " + message).orElse(".")));
        }
        if (failure instanceof ApiException api && api.getCode() != 0) {
            return fromStatus(api, server);
        }
        // No HTTP answer: client-java wraps the IOException in an ApiException with code 0.
        return fromTransport(failure, server);
    }

    DomainException timedOut(String server) {
        return new ClusterUnavailableException(Message.of("k8s.didNotAnswerTime",
                "{0} did not answer in time (within {1} seconds).", server, KubernetesCalls.DEADLINE.toSeconds()));
    }

    private DomainException fromStatus(ApiException api, String server) {
        int code = api.getCode();
        String detail = statusMessage(api).map(message -> ": " + message).orElse(".");
        return switch (code) {
            case 401, 403 -> new ClusterUnavailableException(Message.of("k8s.clusterRejectedCredentialsHttp2",
                    "The cluster at {0} rejected the credentials (HTTP {1}){2}", server, code, detail));
            case 404 -> new NotFoundException(Message.of("k8s.clusterHasNoSuch",
                    "The cluster at {0} has no such object{1}", server, detail));
            case 409 -> new ConflictException(Message.of("k8s.clusterReportsConflict2",
                    "The cluster at {0} reports a conflict{1}", server, detail));
            case 408, 504 -> timedOut(server);
            case 429 -> new ClusterUnavailableException(Message.of("k8s.clusterTooBusyAnswer",
                    "The cluster at {0} is too busy to answer now; try again in a moment.", server));
            default -> new ClusterUnavailableException(Message.of("k8s.clusterAnsweredHttp2",
                    "The cluster at {0} answered with HTTP {1}{2}", server, code, detail));
        };
    }

    /** The most telling cause wins: a certificate problem is wrapped in a handshake failure, and so on. */
    private DomainException fromTransport(Throwable failure, String server) {
        if (causedBy(failure, UnknownHostException.class)) {
            return new ClusterUnavailableException(Message.of("k8s.cannotReachHostName",
                    "Cannot reach {0}: the host name is unknown.", server));
        }
        if (causedBy(failure, CertificateException.class, CertPathValidatorException.class,
                CertPathBuilderException.class)) {
            return new ClusterUnavailableException(Message.of("k8s.certificateDoesNotVerify",
                    "The certificate of {0} does not verify against the certificate authority in the kubeconfig.",
                    server));
        }
        if (causedBy(failure, SSLPeerUnverifiedException.class)) {
            return new ClusterUnavailableException(Message.of("k8s.certificateDoesNotVerify2",
                    "The certificate of {0} does not verify: it was not issued for this host name.", server));
        }
        if (causedBy(failure, ConnectException.class, NoRouteToHostException.class)) {
            return new ClusterUnavailableException(Message.of("k8s.cannotReachConnectionWas",
                    "Cannot reach {0}: the connection was refused or no route leads there.", server));
        }
        // OkHttp reports its own timeouts as InterruptedIOException("timeout"); SocketTimeoutException extends it.
        if (causedBy(failure, InterruptedIOException.class)) {
            return timedOut(server);
        }
        if (causedBy(failure, SSLException.class)) {
            return new ClusterUnavailableException(Message.of("k8s.tlsConnectionFailed",
                    "The TLS connection to {0} failed.", server));
        }
        if (causedBy(failure, IOException.class)) {
            return new ClusterUnavailableException(Message.of("k8s.cannotReachConnectionFailed",
                    "Cannot reach {0}: the connection failed.", server));
        }
        if (causedBy(failure, JsonParseException.class)) {
            return new ClusterUnavailableException(Message.of("k8s.didNotAnswerLike",
                    "{0} did not answer like a Kubernetes API server.", server));
        }
        // client-java's models refuse unknown fields and missing required ones, so a cluster newer than the
        // client can fail here; the message is the only sign of it.
        if (failure instanceof IllegalArgumentException && String.valueOf(failure.getMessage()).contains("JSON")) {
            log.warn("Cannot read the answer of {}: {}", server, abbreviated(failure.getMessage()));
            return new ClusterUnavailableException(Message.of("k8s.answerDoesNotHave",
                    "The answer of {0} does not have the shape this console's Kubernetes client expects; the cluster "
                    + "may be newer than the console supports.", server));
        }
        log.warn("Unexpected failure talking to {}", server, failure);
        return new ClusterUnavailableException(Message.of("k8s.talkingFailedUnexpectedly",
                "Talking to {0} failed unexpectedly.", server));
    }

    /** Enough of client-java's message to name the field, without the whole object it quotes. */
    private static String abbreviated(String message) {
        return message.length() <= 300 ? message : message.substring(0, 300) + "...";
    }

    @SafeVarargs
    private static boolean causedBy(Throwable failure, Class<? extends Throwable>... types) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The message of the Status object Kubernetes sends with every error, when there is one. */
    static Optional<String> statusMessage(ApiException api) {
        return statusMessage(api.getResponseBody());
    }

    /** As {@link #statusMessage(ApiException)}, for an answer's body read by hand. */
    static Optional<String> statusMessage(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonElement json = JsonParser.parseString(body);
            JsonElement message = json.isJsonObject() ? json.getAsJsonObject().get("message") : null;
            if (message != null && message.isJsonPrimitive()) {
                return Optional.of(message.getAsString());
            }
        } catch (JsonParseException e) {
            // Not a Status (a proxy's HTML page, for example): the HTTP code has to do.
        }
        return Optional.empty();
    }
}
