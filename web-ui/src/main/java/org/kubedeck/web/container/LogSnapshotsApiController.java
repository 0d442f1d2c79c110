package org.kubedeck.web.container;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kubedeck.application.container.port.in.LogSnapshotsUseCase;
import org.kubedeck.domain.container.LogSnapshot;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Snapshots of containers' logs, kept in the console until they expire. */
@RestController
class LogSnapshotsApiController {

    private final LogSnapshotsUseCase snapshots;

    LogSnapshotsApiController(LogSnapshotsUseCase snapshots) {
        this.snapshots = snapshots;
    }

    record SnapshotJson(UUID id, String namespace, String pod, String container, String takenBy, Instant takenAt,
            Instant expiresAt, int lines, long bytes, boolean truncated) {

        static SnapshotJson of(LogSnapshot snapshot) {
            return new SnapshotJson(snapshot.id(), snapshot.container().namespace(), snapshot.container().podName(),
                    snapshot.container().container(), snapshot.takenBy(), snapshot.takenAt(), snapshot.expiresAt(),
                    snapshot.lines(), snapshot.bytes(), snapshot.truncated());
        }
    }

    record SnapshotsJson(List<SnapshotJson> snapshots) {
    }

    /** Keeps the log the parameters select (without {@code tail_lines}, the whole log), its newest lines. */
    @PostMapping("/api/k8s/containers/{cluster}/{namespace}/{pod}/{container}/logs/snapshots")
    @ResponseStatus(HttpStatus.CREATED)
    SnapshotJson take(Actor actor, @PathVariable Map<String, String> path, LogParams params) {
        return SnapshotJson.of(snapshots.take(actor, ContainerPath.of(path), params.whole()));
    }

    @GetMapping("/api/k8s/containers/{cluster}/snapshots")
    SnapshotsJson list(Actor actor, @PathVariable String cluster) {
        return new SnapshotsJson(snapshots.snapshots(actor, ClusterParameter.of(cluster)).stream()
                .map(SnapshotJson::of).toList());
    }

    /** The kept lines, as text. */
    @GetMapping("/api/k8s/containers/{cluster}/snapshots/{id}")
    ResponseEntity<byte[]> lines(Actor actor, @PathVariable String cluster, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(snapshots.snapshot(actor, ClusterParameter.of(cluster), id).content());
    }

    @DeleteMapping("/api/k8s/containers/{cluster}/snapshots/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable String cluster, @PathVariable UUID id) {
        snapshots.delete(actor, ClusterParameter.of(cluster), id);
    }
}
