package org.kubedeck.application.container.port.in;

/** A log being followed; closing it, once or more, ends the request to the API server. */
public interface LogFollow extends AutoCloseable {

    @Override
    void close();
}
