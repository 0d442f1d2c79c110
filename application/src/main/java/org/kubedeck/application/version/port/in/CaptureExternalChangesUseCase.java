package org.kubedeck.application.version.port.in;

/** Background work: changes made outside the console, found on resources that have a history. */
public interface CaptureExternalChangesUseCase {

    /** Looks at up to {@code limit} resources with a history, least recently looked at first; returns how many changed. */
    int captureExternalChanges(int limit);
}
