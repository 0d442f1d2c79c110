package org.kubedeck.web.container;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.container.port.in.TranscriptsQuery;
import org.kubedeck.domain.container.Transcript;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The terminal sessions a cluster recorded, for its admins. */
@RestController
class TranscriptsApiController {

    private final TranscriptsQuery transcripts;

    TranscriptsApiController(TranscriptsQuery transcripts) {
        this.transcripts = transcripts;
    }

    record TranscriptJson(UUID id, String namespace, String pod, String container, String user, Instant startedAt,
            Instant endedAt, long seconds, long bytesIn, long bytesOut, boolean truncated) {

        static TranscriptJson of(Transcript transcript) {
            return new TranscriptJson(transcript.id(), transcript.container().namespace(),
                    transcript.container().podName(), transcript.container().container(), transcript.user(),
                    transcript.startedAt(), transcript.endedAt(), transcript.seconds(), transcript.bytesIn(),
                    transcript.bytesOut(), transcript.truncated());
        }
    }

    record TranscriptsJson(List<TranscriptJson> transcripts) {
    }

    @GetMapping("/api/k8s/containers/{cluster}/transcripts")
    TranscriptsJson transcripts(Actor actor, @PathVariable String cluster) {
        return new TranscriptsJson(transcripts.transcripts(actor, ClusterParameter.of(cluster)).stream()
                .map(TranscriptJson::of).toList());
    }

    /** The events, one JSON line each: {@code [seconds, "o"|"i", "<base64 of the bytes>"]}. */
    @GetMapping("/api/k8s/containers/{cluster}/transcripts/{id}")
    ResponseEntity<byte[]> events(Actor actor, @PathVariable String cluster, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(transcripts.transcript(actor, ClusterParameter.of(cluster), id).events());
    }
}
