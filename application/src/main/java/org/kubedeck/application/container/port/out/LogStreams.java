package org.kubedeck.application.container.port.out;

/** Counts the logs being followed, for the metrics: one opened, one closed. */
public interface LogStreams {

    void opened();

    void closed();
}
