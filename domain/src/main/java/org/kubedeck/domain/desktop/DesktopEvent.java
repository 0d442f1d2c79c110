package org.kubedeck.domain.desktop;

import java.time.Instant;

/** @param object the kind and name the event is about ({@code Pod/vnc-alice-0}) */
public record DesktopEvent(Instant at, String type, String reason, String message, String object) {
}
