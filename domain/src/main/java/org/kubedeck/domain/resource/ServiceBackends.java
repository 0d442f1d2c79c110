package org.kubedeck.domain.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kubedeck.domain.workload.LoadLabel;

/**
 * The pods behind a Service: those its Endpoints list, and those its selector would take but for the load label
 * (kicked out of load balancing), each with what decides its traffic.
 *
 * @param selector empty for a Service without one (its Endpoints are kept by hand)
 * @param ports    {@code 80→8080/TCP}
 */
public record ServiceBackends(Map<String, String> selector, List<String> ports, List<Backend> backends) {

    public ServiceBackends {
        selector = Map.copyOf(selector);
        ports = List.copyOf(ports);
        backends = List.copyOf(backends);
    }

    /** Whether a pod gets the Service's traffic, and if not, why. */
    public enum State {
        /** Among the Endpoints' ready addresses. */
        SERVING,
        /** Among the Endpoints' addresses, not ready: its readiness probe fails, or it is starting or stopping. */
        NOT_READY,
        /** Selected but for the load label, which says {@code done}: kicked out. */
        KICKED_OUT,
        /** Selected but for the load label, which is missing or another value. */
        NOT_ONLINE
    }

    /**
     * @param pod empty for an address of an Endpoints kept by hand (no pod behind it)
     */
    public record Backend(String pod, String ip, String node, State state) {
    }

    /** A pod the selector without the load label takes, as the adapter found it. */
    public record PodFacts(String name, String ip, String node, Map<String, String> labels) {
    }

    /** An address of the Service's Endpoints, with the pod it points to (empty when none). */
    public record Address(String pod, String ip, String node, boolean ready) {
    }

    /**
     * The backends from what the cluster holds: the Endpoints' addresses first (serving, then not ready), then the
     * pods the selector would take but for the load label, marked kicked out when it says so. Sorted by state,
     * then pod name.
     */
    public static ServiceBackends of(Map<String, String> selector, List<String> ports, List<Address> addresses,
            List<PodFacts> pods, LoadLabel load) {
        Map<String, Backend> backends = new LinkedHashMap<>();
        for (Address address : addresses) {
            String key = address.pod().isEmpty() ? address.ip() : address.pod();
            backends.put(key, new Backend(address.pod(), address.ip(), address.node(), address.ready()
                    ? State.SERVING : State.NOT_READY));
        }
        if (selector.containsKey(load.key())) {
            Set<String> listed = backends.keySet();
            for (PodFacts pod : pods) {
                if (!listed.contains(pod.name())) {
                    backends.put(pod.name(), new Backend(pod.name(), pod.ip(), pod.node(),
                            load.done().equals(pod.labels().get(load.key())) ? State.KICKED_OUT : State.NOT_ONLINE));
                }
            }
        }
        List<Backend> sorted = new ArrayList<>(backends.values());
        sorted.sort(Comparator.comparing(Backend::state).thenComparing(Backend::pod).thenComparing(Backend::ip));
        return new ServiceBackends(selector, ports, sorted);
    }

    public long count(State state) {
        return backends.stream().filter(backend -> backend.state() == state).count();
    }
}
