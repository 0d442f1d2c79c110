package org.kubedeck.application.container.port.in;

import java.util.List;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.Transcript;
import org.kubedeck.domain.user.Actor;

/** The recorded terminal sessions of a cluster, for its admins: they can hold whatever was typed. */
public interface TranscriptsQuery {

    /** The newest {@value #SHOWN}. */
    List<Transcript> transcripts(Actor actor, ClusterName cluster);

    /** One, with its events (JSON lines, {@code [seconds, "o"|"i", "<base64>"]}). NotFoundException otherwise. */
    Recorded transcript(Actor actor, ClusterName cluster, UUID id);

    int SHOWN = 200;

    record Recorded(Transcript transcript, byte[] events) {
    }
}
