package org.kubedeck.web.container;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.FileEntry;
import org.kubedeck.domain.container.FilePath;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The file manager of a container: a directory's entries with their actions, upload, a new directory, and a text
 * file's editor. Each form posts, then comes back to the directory with what was done or why not.
 */
@Controller
class ContainerFilesController {

    private static final String BASE = "/k8s/{cluster}/{namespace}/pods/{pod}/files";

    private final ContainerFilesUseCase files;

    ContainerFilesController(ContainerFilesUseCase files) {
        this.files = files;
    }

    @GetMapping(BASE)
    String directory(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, @RequestParam(defaultValue = "/") String path,
            @RequestParam(defaultValue = "false") boolean hidden, Model model) {
        FilePath directory = FilePath.parse("path", path);
        named(model, namespace, pod, container, directory);
        model.addAttribute("hidden", hidden);
        Attempt<List<FileEntry>> listed = Attempt.of(() -> files.list(actor, ref(page, namespace, pod, container),
                directory));
        listed.refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        listed.value().ifPresent(entries -> model.addAttribute("entries", entries.stream()
                .filter(entry -> hidden || !entry.hidden()).toList()));
        return "container/files";
    }

    @GetMapping(BASE + "/edit")
    String edit(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, @RequestParam String path, Model model) {
        FilePath file = FilePath.parse("path", path);
        named(model, namespace, pod, container, file.parent());
        model.addAttribute("file", file);
        model.addAttribute("text", files.read(actor, ref(page, namespace, pod, container), file));
        return "container/file-edit";
    }

    @PostMapping(BASE + "/edit")
    String save(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, @RequestParam String path, @RequestParam String content,
            @RequestParam("expected_sha256") String expected, Model model, RedirectAttributes redirect) {
        FilePath file = FilePath.parse("path", path);
        Attempt<ContainerFilesUseCase.Uploaded> saved = Attempt.of(() -> files.write(actor, ref(page, namespace,
                pod, container), file, content, expected));
        if (saved.refused()) {
            named(model, namespace, pod, container, file.parent());
            model.addAttribute("file", file);
            model.addAttribute("text", new ContainerFilesUseCase.TextFile(file.toString(), content, expected));
            model.addAttribute("error", saved.refusal().get().message());
            return "container/file-edit";
        }
        redirect.addFlashAttribute("flash", "files.saved");
        return back(page, namespace, pod, container, file.parent());
    }

    @PostMapping(BASE + "/upload")
    String upload(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, @RequestParam String path, @RequestParam("file") List<MultipartFile> uploads,
            RedirectAttributes redirect) {
        FilePath directory = FilePath.parse("path", path);
        ContainerRef ref = ref(page, namespace, pod, container);
        return Flash.redirectAfter(redirect, "files.uploaded", target(page, namespace, pod, container, directory),
                () -> uploads.stream().filter(upload -> !upload.isEmpty()).forEach(upload -> Uploads.upload(upload,
                        (name, content) -> files.upload(actor, ref, directory, name, content))));
    }

    @PostMapping(BASE + "/mkdir")
    String mkdir(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, @RequestParam String path, @RequestParam String name,
            RedirectAttributes redirect) {
        FilePath directory = FilePath.parse("path", path);
        return Flash.redirectAfter(redirect, "files.made", target(page, namespace, pod, container, directory),
                () -> files.mkdir(actor, ref(page, namespace, pod, container), directory.child("name", name)));
    }

    @PostMapping(BASE + "/rename")
    String rename(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, @RequestParam String path, @RequestParam String name,
            RedirectAttributes redirect) {
        FilePath from = FilePath.parse("path", path);
        return Flash.redirectAfter(redirect, "files.renamed", target(page, namespace, pod, container, from.parent()),
                () -> files.rename(actor, ref(page, namespace, pod, container), from, from.parent().child("name",
                        name)));
    }

    @PostMapping(BASE + "/chmod")
    String chmod(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, @RequestParam String path, @RequestParam String mode,
            RedirectAttributes redirect) {
        FilePath file = FilePath.parse("path", path);
        return Flash.redirectAfter(redirect, "files.modeChanged", target(page, namespace, pod, container,
                file.parent()), () -> files.chmod(actor, ref(page, namespace, pod, container), file, mode));
    }

    /** One entry or the selected ones (several {@code path}s), after the page asked to confirm. */
    @PostMapping(BASE + "/delete")
    String delete(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, @RequestParam("path") List<String> paths, @RequestParam String back,
            RedirectAttributes redirect) {
        FilePath directory = FilePath.parse("back", back);
        ContainerRef ref = ref(page, namespace, pod, container);
        return Flash.redirectAfter(redirect, "files.deleted", target(page, namespace, pod, container, directory),
                () -> paths.forEach(path -> files.delete(actor, ref, FilePath.parse("path", path))));
    }

    private static ContainerRef ref(ClusterPage page, String namespace, String pod, String container) {
        return ContainerRef.of(page.name(), namespace, pod, container);
    }

    private static void named(Model model, String namespace, String pod, String container, FilePath directory) {
        model.addAttribute("namespace", namespace);
        model.addAttribute("pod", pod);
        model.addAttribute("container", container);
        model.addAttribute("directory", directory);
    }

    private static String back(ClusterPage page, String namespace, String pod, String container, FilePath directory) {
        return "redirect:" + target(page, namespace, pod, container, directory);
    }

    private static String target(ClusterPage page, String namespace, String pod, String container,
            FilePath directory) {
        return "/k8s/" + page.name().value() + "/" + namespace + "/pods/" + pod + "/files?container=" + container
                + "&path=" + URLEncoder.encode(directory.toString(), StandardCharsets.UTF_8);
    }
}
