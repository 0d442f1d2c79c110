package org.kubedeck.adapters.k8s;

import io.kubernetes.client.openapi.models.CoreV1Event;
import java.time.Instant;
import java.time.OffsetDateTime;

/** What an event says, read the same way whichever of its fields the component that wrote it filled. */
public final class KubernetesEvents {

    private KubernetesEvents() {
    }

    /** When it was last seen: its last timestamp, else its event time, first timestamp or creation. */
    public static Instant seen(CoreV1Event event) {
        OffsetDateTime seen = event.getLastTimestamp() != null ? event.getLastTimestamp()
                : event.getEventTime() != null ? event.getEventTime()
                : event.getFirstTimestamp() != null ? event.getFirstTimestamp()
                : event.getMetadata() == null ? null : event.getMetadata().getCreationTimestamp();
        return seen == null ? null : seen.toInstant();
    }

    /** The component that reported it. */
    public static String source(CoreV1Event event) {
        return event.getSource() != null && event.getSource().getComponent() != null
                ? event.getSource().getComponent() : event.getReportingComponent();
    }

    /** How many times it happened: its series' count, else its count, else once. */
    public static int count(CoreV1Event event) {
        return event.getSeries() != null && event.getSeries().getCount() != null ? event.getSeries().getCount()
                : event.getCount() == null ? 1 : event.getCount();
    }
}
