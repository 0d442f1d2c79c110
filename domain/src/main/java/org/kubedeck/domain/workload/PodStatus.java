package org.kubedeck.domain.workload;

import java.util.Arrays;
import java.util.Locale;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** The status filters of a pod list: what a user looks for among many pods of one workload. */
public enum PodStatus {
    ALL,
    RUNNING,
    PENDING,
    NOT_READY,
    FAILED,
    KICKED,
    ONLINE;

    /** The word in URLs and JSON: {@code not-ready}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A missing or blank value means {@link #ALL}; anything else unknown is refused naming {@code field}. */
    public static PodStatus parse(String field, String code) {
        if (code == null || code.isBlank()) {
            return ALL;
        }
        return Arrays.stream(values()).filter(status -> status.code().equals(code.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, Message.of("workload.statusOne",
                        "Status is one of {0}.",
                        String.join(", ", Arrays.stream(values()).map(PodStatus::code).toList()))));
    }

    public boolean holds(PodView pod, LoadLabel load) {
        return holds(pod, pod.label(load.key()), load);
    }

    /** Like {@link #holds(PodView, LoadLabel)} with the pod's load label value read once by the caller. */
    boolean holds(PodView pod, String loadValue, LoadLabel load) {
        return switch (this) {
            case ALL -> true;
            case RUNNING -> "Running".equals(pod.phase());
            case PENDING -> "Pending".equals(pod.phase());
            case NOT_READY -> !pod.ready();
            case FAILED -> "Failed".equals(pod.phase()) || "Unknown".equals(pod.phase());
            case KICKED -> load.done().equals(loadValue);
            case ONLINE -> load.online().equals(loadValue);
        };
    }
}
