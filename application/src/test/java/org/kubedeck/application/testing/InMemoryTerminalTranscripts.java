package org.kubedeck.application.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.application.container.port.out.TerminalTranscripts;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.Transcript;

public class InMemoryTerminalTranscripts implements TerminalTranscripts {

    private final Map<UUID, Transcript> transcripts = new LinkedHashMap<>();
    private final Map<UUID, byte[]> events = new LinkedHashMap<>();

    @Override
    public synchronized void save(Transcript transcript, byte[] content) {
        transcripts.put(transcript.id(), transcript);
        events.put(transcript.id(), content.clone());
    }

    @Override
    public synchronized List<Transcript> list(ClusterName cluster, int limit) {
        List<Transcript> found = new ArrayList<>(transcripts.values().stream()
                .filter(transcript -> transcript.container().cluster().equals(cluster)).toList());
        found.sort(Comparator.comparing(Transcript::startedAt).reversed());
        return found.stream().limit(limit).toList();
    }

    @Override
    public synchronized Optional<Transcript> find(ClusterName cluster, UUID id) {
        return Optional.ofNullable(transcripts.get(id)).filter(found -> found.container().cluster().equals(cluster));
    }

    @Override
    public synchronized Optional<byte[]> events(ClusterName cluster, UUID id) {
        return find(cluster, id).map(found -> events.get(id).clone());
    }
}
