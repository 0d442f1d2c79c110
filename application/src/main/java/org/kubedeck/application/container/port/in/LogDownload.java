package org.kubedeck.application.container.port.in;

import java.util.function.Consumer;

/** An open log, read to its end line by line; closing it ends the request to the cluster. */
public interface LogDownload extends AutoCloseable {

    /** Hands each line that matches the filter to {@code line}, oldest first; answers how many lines were read. */
    int each(Consumer<String> line);

    @Override
    void close();
}
