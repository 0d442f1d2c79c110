package org.kubedeck.adapters.k8s.container;

import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1Status;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.container.ContainerRef;

/** The API server's refusals of a container's log or exec, as the domain's. */
final class ContainerRefusals {

    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;
    /** Of a refusal's body, what a message quotes at most. */
    private static final int MOST_QUOTED = 300;

    private ContainerRefusals() {
    }

    /**
     * 404: no such pod; 400: the container is not the pod's or cannot do what was asked (not running, no
     * previous instance), worded by {@code invalid} from the server's reason, are thrown as the domain's; anything
     * else comes back as the server said it, for the calls to translate.
     */
    static ApiException refusal(ContainerRef container, int code, Map<String, List<String>> headers, String body,
            Function<String, Message> invalid) {
        if (code == NOT_FOUND) {
            throw new NotFoundException(Message.of("workload.podDoesNotExist",
                    "Pod {0}/{1} does not exist in cluster '{2}'.", container.namespace(), container.podName(),
                    container.cluster()));
        }
        if (code == BAD_REQUEST) {
            throw new InvalidInputException("container", invalid.apply(quoted(body)));
        }
        return new ApiException(code, headers, body);
    }

    /** The server's own words, from the {@code message} of its Status when it sent one. */
    private static String quoted(String body) {
        String text = body;
        try {
            V1Status status = new JSON().deserialize(body, V1Status.class);
            if (status != null && status.getMessage() != null) {
                text = status.getMessage();
            }
        } catch (RuntimeException e) {
            // Not a Status: the body as it came.
        }
        return text.length() > MOST_QUOTED ? text.substring(0, MOST_QUOTED) : text;
    }
}
