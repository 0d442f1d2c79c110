package org.kubedeck.web.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.springframework.web.multipart.MultipartFile;

/** One uploaded file of a multipart request handed on by its name, its content read from a stream closed after. */
final class Uploads {

    private Uploads() {
    }

    static <T> T upload(MultipartFile upload, BiFunction<String, InputStream, T> write) {
        String name = upload.getOriginalFilename();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("file", Message.of("files.uploadUnnamed",
                    "Each uploaded file needs a name."));
        }
        try (InputStream content = upload.getInputStream()) {
            return write.apply(name, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
