package org.kubedeck.domain.workload;

import org.kubedeck.domain.Message;

/** Why a kick may not do what the user expects; the user must confirm before it goes ahead. */
public record KickWarning(Kind kind, String service, Message message) {

    /** The warning in English, as the JSON API gives it. */
    public String text() {
        return message.text();
    }

    public enum Kind {
        /** No Service in front of the workload selects by the load label: the kick would change nothing. */
        NO_SERVICE_USES_LOAD_LABEL,
        /** After the kick this Service would have no ready pod left to send traffic to. */
        SERVICE_LEFT_WITHOUT_READY_PODS
    }
}
