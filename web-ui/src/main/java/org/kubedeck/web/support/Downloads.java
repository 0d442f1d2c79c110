package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase.Download;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Downloads from containers written out as they come: a file as it is, a directory as a {@code .tar.gz}. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(Download download, HttpServletResponse response) throws IOException {
        response.setContentType(download.directory() ? "application/gzip" : "application/octet-stream");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(download.fileName(), StandardCharsets.UTF_8).build().toString());
        try {
            download.writeTo(response.getOutputStream());
        } catch (UncheckedIOException e) {
            // The client went away: the command was stopped with the connection.
        }
    }
}
