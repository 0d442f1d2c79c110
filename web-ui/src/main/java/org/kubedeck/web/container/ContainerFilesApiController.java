package org.kubedeck.web.container;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase.TextFile;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase.Uploaded;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.FileEntry;
import org.kubedeck.domain.container.FilePath;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A container's files: list, download, upload, edit, make directories, rename, delete and change modes. */
@RestController
@RequestMapping("/api/k8s/containers/{cluster}/{namespace}/{pod}/{container}/files")
class ContainerFilesApiController {

    private final ContainerFilesUseCase files;

    ContainerFilesApiController(ContainerFilesUseCase files) {
        this.files = files;
    }

    record EntryJson(String name, String type, long size, String mode, String owner, Instant modified) {

        static EntryJson of(FileEntry entry) {
            return new EntryJson(entry.name(), entry.type().code(), entry.size(), entry.mode(), entry.owner(),
                    entry.modified());
        }
    }

    record ListingJson(String path, List<EntryJson> entries) {
    }

    record UploadedJson(List<Uploaded> uploaded) {
    }

    record ContentRequest(String content, String expectedSha256) {
    }

    record RenameRequest(String from, String to) {
    }

    record ChmodRequest(String path, String mode) {
    }

    @GetMapping
    ListingJson list(Actor actor, @PathVariable Map<String, String> path, @RequestParam("path") String dir) {
        FilePath directory = FilePath.parse("path", dir);
        return new ListingJson(directory.toString(), files.list(actor, ContainerPath.of(path), directory).stream()
                .map(EntryJson::of).toList());
    }

    /** A file as it is; a directory as a {@code .tar.gz} of what it holds. Written out as it comes. */
    @GetMapping("/download")
    void download(Actor actor, @PathVariable Map<String, String> path, @RequestParam("path") String file,
            HttpServletResponse response) throws IOException {
        Downloads.send(files.download(actor, ContainerPath.of(path), FilePath.parse("path", file)), response);
    }

    @PostMapping("/upload")
    @ResponseStatus(HttpStatus.CREATED)
    UploadedJson upload(Actor actor, @PathVariable Map<String, String> path, @RequestParam("path") String directory,
            @RequestParam("file") List<MultipartFile> uploads) {
        ContainerRef container = ContainerPath.of(path);
        FilePath into = FilePath.parse("path", directory);
        List<Uploaded> uploaded = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            uploaded.add(Uploads.upload(upload, (name, content) -> files.upload(actor, container, into, name,
                    content)));
        }
        return new UploadedJson(uploaded);
    }

    @GetMapping("/content")
    TextFile content(Actor actor, @PathVariable Map<String, String> path, @RequestParam("path") String file) {
        return files.read(actor, ContainerPath.of(path), FilePath.parse("path", file));
    }

    /** 409 when the file changed since the SHA-256 it names was read. */
    @PutMapping("/content")
    Uploaded write(Actor actor, @PathVariable Map<String, String> path, @RequestParam("path") String file,
            @RequestBody ContentRequest body) {
        return files.write(actor, ContainerPath.of(path), FilePath.parse("path", file), body.content(),
                body.expectedSha256());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable Map<String, String> path, @RequestParam("path") String file) {
        files.delete(actor, ContainerPath.of(path), FilePath.parse("path", file));
    }

    @PostMapping("/mkdir")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> mkdir(Actor actor, @PathVariable Map<String, String> path,
            @RequestParam("path") String directory) {
        FilePath made = FilePath.parse("path", directory);
        files.mkdir(actor, ContainerPath.of(path), made);
        return Map.of("path", made.toString());
    }

    @PostMapping("/rename")
    Map<String, String> rename(Actor actor, @PathVariable Map<String, String> path,
            @RequestBody RenameRequest body) {
        FilePath to = FilePath.parse("to", body.to());
        files.rename(actor, ContainerPath.of(path), FilePath.parse("from", body.from()), to);
        return Map.of("path", to.toString());
    }

    @PostMapping("/chmod")
    Map<String, String> chmod(Actor actor, @PathVariable Map<String, String> path, @RequestBody ChmodRequest body) {
        FilePath file = FilePath.parse("path", body.path());
        files.chmod(actor, ContainerPath.of(path), file, body.mode());
        return Map.of("path", file.toString(), "mode", body.mode());
    }
}
