package org.kubedeck.domain.workload;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One pod as the console shows it: phase and readiness, restarts, the node it runs on (name and InternalIP),
 * the pod's IP, when it was created, its labels, and its containers' names and images (in the spec's order).
 */
public record PodView(String name, String namespace, String phase, boolean ready, int readyContainers,
        int containers, int restarts, String nodeName, String nodeIp, String podIp, Instant createdAt,
        Map<String, String> labels, List<String> images, List<String> containerNames) {

    public PodView {
        Objects.requireNonNull(name);
        Objects.requireNonNull(namespace);
        labels = Map.copyOf(labels == null ? Map.of() : labels);
        images = List.copyOf(images == null ? List.of() : images);
        containerNames = List.copyOf(containerNames == null ? List.of() : containerNames);
    }

    public String label(String key) {
        return labels.get(key);
    }

    /** The same pod with one label set, as a change the API server accepted left it. */
    public PodView withLabel(String key, String value) {
        Map<String, String> changed = new java.util.HashMap<>(labels);
        changed.put(key, value);
        return new PodView(name, namespace, phase, ready, readyContainers, containers, restarts, nodeName, nodeIp,
                podIp, createdAt, changed, images, containerNames);
    }

    public long ageSeconds(Instant now) {
        return createdAt == null ? 0 : Math.max(0, Duration.between(createdAt, now).getSeconds());
    }

    /** Ready and not kicked out of load balancing: what takes traffic from the Services in front. */
    public boolean serving(LoadLabel load) {
        return ready && !load.done().equals(label(load.key()));
    }

    /** "2/3": ready containers of all. */
    public String readyText() {
        return readyContainers + "/" + containers;
    }
}
