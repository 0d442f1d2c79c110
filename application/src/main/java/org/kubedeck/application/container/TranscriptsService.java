package org.kubedeck.application.container;

import java.util.List;
import java.util.UUID;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.container.port.in.TranscriptsQuery;
import org.kubedeck.application.container.port.out.TerminalTranscripts;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.Transcript;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Recorded terminal sessions, shown to the cluster's admins only. */
@UseCase
class TranscriptsService implements TranscriptsQuery {

    private final ClusterGate gate;
    private final TerminalTranscripts transcripts;

    TranscriptsService(ClusterGate gate, TerminalTranscripts transcripts) {
        this.gate = gate;
        this.transcripts = transcripts;
    }

    @Override
    public List<Transcript> transcripts(Actor actor, ClusterName cluster) {
        gate.require(actor, cluster, ClusterAction.CONFIGURE, "read the terminal transcripts of " + cluster,
                cluster.value());
        return transcripts.list(cluster, SHOWN);
    }

    @Override
    public Recorded transcript(Actor actor, ClusterName cluster, UUID id) {
        gate.require(actor, cluster, ClusterAction.CONFIGURE, "replay a terminal transcript of " + cluster,
                cluster.value());
        NotFoundException missing = new NotFoundException(Message.of("terminal.noSuchTranscript",
                "There is no transcript {0} in cluster '{1}'.", id, cluster));
        Transcript found = transcripts.find(cluster, id).orElseThrow(() -> missing);
        return new Recorded(found, transcripts.events(cluster, id).orElseThrow(() -> missing));
    }
}
