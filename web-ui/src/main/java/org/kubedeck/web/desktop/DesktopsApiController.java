package org.kubedeck.web.desktop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.kubedeck.application.container.port.in.ContainerArchives.Unpacked;
import org.kubedeck.application.desktop.port.in.CreateDesktopUseCase;
import org.kubedeck.application.desktop.port.in.CreateDesktopUseCase.CreateDesktopCommand;
import org.kubedeck.application.desktop.port.in.CreateDesktopUseCase.Creation;
import org.kubedeck.application.desktop.port.in.DesktopBackupUseCase;
import org.kubedeck.application.desktop.port.in.DesktopBackupUseCase.RestoreDesktopCommand;
import org.kubedeck.application.desktop.port.in.DesktopLifecycleUseCase;
import org.kubedeck.application.desktop.port.in.DesktopLifecycleUseCase.DeleteDesktopCommand;
import org.kubedeck.application.desktop.port.in.DesktopQuery;
import org.kubedeck.application.desktop.port.in.DesktopQuery.DesktopDetail;
import org.kubedeck.application.desktop.port.in.DesktopQuery.DesktopView;
import org.kubedeck.domain.desktop.DesktopEvent;
import org.kubedeck.domain.desktop.DesktopPod;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Per-user desktops, in the paths and shapes of the VNC pod manager this console replaces. A user sees and acts
 * on their own desktop only; admins on all.
 */
@RestController
@RequestMapping("/api/v1/pods")
class DesktopsApiController {

    private final CreateDesktopUseCase creating;
    private final DesktopLifecycleUseCase lifecycle;
    private final DesktopQuery query;
    private final DesktopBackupUseCase backups;

    DesktopsApiController(CreateDesktopUseCase creating, DesktopLifecycleUseCase lifecycle, DesktopQuery query,
            DesktopBackupUseCase backups) {
        this.creating = creating;
        this.lifecycle = lifecycle;
        this.query = query;
        this.backups = backups;
    }

    record CreateRequest(ResourceQuota resourceQuota) {
    }

    record ResourceQuota(String cpuLimit, String memoryLimit, String storage) {

        static ResourceQuota of(DesktopResources resources) {
            return resources == null ? null
                    : new ResourceQuota(resources.cpu(), resources.memory(), resources.storage());
        }
    }

    record AccessInstructions(String webBrowser) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccessInfo(String novncUrl, String websocketUrl, String vncPassword, AccessInstructions accessInstructions) {

        static AccessInfo of(DesktopView desktop) {
            String browser = "Open " + desktop.novncUrl() + " in a web browser"
                    + (desktop.vncPassword() == null ? "." : " and enter the VNC password.");
            return new AccessInfo(desktop.novncUrl(), desktop.websocketUrl(), desktop.vncPassword(),
                    new AccessInstructions(browser));
        }
    }

    record CreateResponse(String status, String message, String podName, String phase, AccessInfo accessInfo,
            ResourceQuota resources) {
    }

    record ActionResponse(String status, String message, String podName) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DesktopJson(String podName, String owner, String phase, boolean ready, String reason, String node,
            String podIp, Instant created, int restarts, ResourceQuota resources, AccessInfo accessInfo) {

        static DesktopJson of(DesktopView desktop) {
            DesktopPod pod = desktop.pod();
            return new DesktopJson(desktop.name(), desktop.owner(), desktop.phase().code(), desktop.ready(),
                    desktop.reason() == null ? null : desktop.reason().text(), pod == null ? null : pod.node(), pod == null ? null : pod.podIp(),
                    desktop.createdAt(), pod == null ? 0 : pod.restarts(), ResourceQuota.of(desktop.resources()),
                    AccessInfo.of(desktop));
        }
    }

    record DetailJson(@JsonUnwrapped DesktopJson desktop, List<EventJson> events) {

        static DetailJson of(DesktopDetail detail) {
            return new DetailJson(DesktopJson.of(detail.desktop()),
                    detail.events().stream().map(EventJson::of).toList());
        }
    }

    record EventJson(Instant time, String type, String reason, String message, String object) {

        static EventJson of(DesktopEvent event) {
            return new EventJson(event.at(), event.type(), event.reason(), event.message(), event.object());
        }
    }

    record LogsJson(String podName, int tailLines, String logs) {
    }

    record RestoredJson(String status, String message, String podName, int entries, long bytes, long size,
            String sha256) {
    }

    /** Every field is optional; an empty body gets the defaults. */
    @PostMapping
    ResponseEntity<CreateResponse> create(Actor actor, @RequestBody(required = false) CreateRequest body) {
        ResourceQuota quota = body == null || body.resourceQuota() == null
                ? new ResourceQuota(null, null, null) : body.resourceQuota();
        Creation creation = creating.create(actor,
                new CreateDesktopCommand(quota.cpuLimit(), quota.memoryLimit(), quota.storage()));
        DesktopView desktop = creation.desktop();
        if (!creation.created()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new CreateResponse("exists",
                    "You already have a desktop: " + desktop.name() + ".", desktop.name(), desktop.phase().code(),
                    AccessInfo.of(desktop), ResourceQuota.of(desktop.resources())));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreateResponse("created",
                "Desktop " + desktop.name() + " is being created; it is ready when its phase is 'running'.",
                desktop.name(), desktop.phase().code(), AccessInfo.of(desktop),
                ResourceQuota.of(desktop.resources())));
    }

    /** The caller's desktops; with {@code ?all=true}, everyone's (admins). */
    @GetMapping
    List<DesktopJson> list(Actor actor, @RequestParam(defaultValue = "false") boolean all) {
        return query.desktops(actor, all).stream().map(DesktopJson::of).toList();
    }

    @GetMapping("/{name}")
    DetailJson get(Actor actor, @PathVariable String name) {
        return DetailJson.of(query.desktop(actor, name));
    }

    @GetMapping("/{name}/logs")
    LogsJson logs(Actor actor, @PathVariable String name,
            @RequestParam(name = "tail_lines", defaultValue = "100") int tailLines) {
        int lines = Math.max(1, Math.min(tailLines, DesktopQuery.MAX_TAIL_LINES));
        return new LogsJson(name, lines, query.logs(actor, name, lines));
    }

    /** The owner's home directory as a {@code .tar.gz}, streamed as it is packed. */
    @GetMapping("/{name}/backup")
    void backup(Actor actor, @PathVariable String name, HttpServletResponse response) throws IOException {
        Downloads.send(backups.backup(actor, name), response);
    }

    /** Unpacks an uploaded {@code .tar.gz} (multipart, field {@code file}) into the owner's home directory. */
    @PostMapping("/{name}/restore")
    RestoredJson restore(Actor actor, @PathVariable String name, @RequestParam("file") MultipartFile archive) {
        Unpacked unpacked = backups.restore(actor, new RestoreDesktopCommand(name, archive::getInputStream));
        return new RestoredJson("restored", "Restored " + unpacked.entries() + " entries into the home directory of "
                + name + ".", name, unpacked.entries(), unpacked.bytes(), unpacked.size(), unpacked.sha256());
    }

    @PostMapping("/{name}/restart")
    ActionResponse restart(Actor actor, @PathVariable String name) {
        lifecycle.restart(actor, name);
        return new ActionResponse("restarted", "Desktop " + name + " is restarting; its home volume is kept.", name);
    }

    /** Scales the desktop to no pod; restart brings it back on the same home volume. */
    @PostMapping("/{name}/stop")
    ActionResponse stop(Actor actor, @PathVariable String name) {
        lifecycle.stop(actor, name);
        return new ActionResponse("stopped", "Desktop " + name + " was stopped; restart starts it again.", name);
    }

    /** {@code ?delete_storage=true} also deletes the home volume; by default it is kept for the next desktop. */
    @DeleteMapping("/{name}")
    ActionResponse delete(Actor actor, @PathVariable String name,
            @RequestParam(name = "delete_storage", defaultValue = "false") boolean deleteStorage) {
        lifecycle.delete(actor, new DeleteDesktopCommand(name, deleteStorage));
        return new ActionResponse("deleted", "Desktop " + name + " was deleted"
                + (deleteStorage ? " with its home volume." : "; its home volume is kept."), name);
    }
}
