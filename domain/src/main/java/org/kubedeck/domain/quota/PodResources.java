package org.kubedeck.domain.quota;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.kubedeck.domain.kube.ResourceQuantity;

/**
 * The requests and limits of a pod's containers, and what each such pod takes from a namespace's quotas by
 * Kubernetes' rules: per resource, the larger of the containers' sum and the largest init container, for requests
 * and limits alike. Init containers that keep running beside the others (sidecars) belong with the containers.
 */
public record PodResources(List<Container> containers, List<Container> initContainers) {

    /** The resources a quota also names without the {@code requests.} prefix. */
    private static final Set<String> BARE = Set.of("cpu", "memory", "ephemeral-storage");
    /** Quota items that every container must set once a quota counts them, or the pod is refused. */
    private static final Set<String> REQUIRED = Set.of("cpu", "requests.cpu", "limits.cpu", "memory",
            "requests.memory", "limits.memory");
    private static final String REQUESTS = "requests.";
    private static final String LIMITS = "limits.";

    public PodResources {
        containers = List.copyOf(containers);
        initContainers = List.copyOf(initContainers == null ? List.of() : initContainers);
    }

    /** A pod of one container. */
    public static PodResources of(Container container) {
        return new PodResources(List.of(container), List.of());
    }

    /**
     * One container's requests and limits, resource name ({@code cpu}, {@code memory}, {@code ephemeral-storage}…)
     * to quantity; a resource not set is missing.
     */
    public record Container(String name, Map<String, String> requests, Map<String, String> limits) {

        public Container {
            requests = checked(name, "requests", requests);
            limits = checked(name, "limits", limits);
        }

        /**
         * As the API server admits it into a namespace: a request left out takes the container's limit, then
         * what is still missing takes the {@code defaultRequest} and {@code default} of the first Container
         * limit range that names it.
         */
        Container admitted(List<LimitSpec> limitRanges) {
            Map<String, String> admittedRequests = new TreeMap<>(limits);
            admittedRequests.putAll(requests);
            Map<String, String> admittedLimits = new TreeMap<>(limits);
            for (LimitSpec range : limitRanges) {
                for (LimitSpec.Limit limit : range.limits()) {
                    if (limit.type().equals("Container")) {
                        limit.defaultRequest().forEach(admittedRequests::putIfAbsent);
                        limit.defaultLimit().forEach(admittedLimits::putIfAbsent);
                    }
                }
            }
            return new Container(name, admittedRequests, admittedLimits);
        }

        private static Map<String, String> checked(String container, String side, Map<String, String> amounts) {
            Map<String, String> copy = new TreeMap<>(amounts == null ? Map.of() : amounts);
            copy.forEach((resource, amount) -> ResourceQuantity.amount(
                    container + "." + side + "." + resource, amount));
            return Map.copyOf(copy);
        }
    }

    /** These containers as the namespace's limit ranges have the API server admit them; see {@link Container}. */
    public PodResources admitted(List<LimitSpec> limitRanges) {
        return new PodResources(containers.stream().map(c -> c.admitted(limitRanges)).toList(),
                initContainers.stream().map(c -> c.admitted(limitRanges)).toList());
    }

    /** One pod's requests and limits as quota items, {@code requests.cpu} and {@code limits.memory}, sorted. */
    public Map<String, String> perPod() {
        Map<String, String> perPod = new TreeMap<>();
        total(Container::requests).forEach((resource, amount) -> perPod.put(REQUESTS + resource,
                ResourceQuantity.format(resource, amount)));
        total(Container::limits).forEach((resource, amount) -> perPod.put(LIMITS + resource,
                ResourceQuantity.format(resource, amount)));
        return perPod;
    }

    /**
     * What {@code pods} such pods count against quotas, by quota resource name: {@code requests.<r>} and
     * {@code limits.<r>} for what they set ({@code cpu}, {@code memory} and {@code ephemeral-storage} also bare,
     * as requests), and {@code pods} and {@code count/pods}.
     */
    public Map<String, String> quotaNeeds(int pods) {
        BigDecimal count = BigDecimal.valueOf(pods);
        Map<String, String> needs = new LinkedHashMap<>();
        total(Container::requests).forEach((resource, amount) -> {
            String needed = ResourceQuantity.format(resource, amount.multiply(count));
            needs.put(REQUESTS + resource, needed);
            if (BARE.contains(resource)) {
                needs.put(resource, needed);
            }
        });
        total(Container::limits).forEach((resource, amount) -> needs.put(LIMITS + resource,
                ResourceQuantity.format(resource, amount.multiply(count))));
        needs.put("pods", Integer.toString(pods));
        needs.put("count/pods", Integer.toString(pods));
        return needs;
    }

    /**
     * The quota items among {@code counted} that some container leaves unset although a quota counting them
     * requires every container to set them (CPU and memory): Kubernetes refuses such a pod. Sorted.
     */
    public List<String> unsetAmong(Collection<String> counted) {
        Set<String> unset = new TreeSet<>();
        for (String item : counted) {
            if (!REQUIRED.contains(item)) {
                continue;
            }
            boolean limit = item.startsWith(LIMITS);
            String resource = item.substring(item.indexOf('.') + 1);
            if (all().anyMatch(c -> !(limit ? c.limits() : c.requests()).containsKey(resource))) {
                unset.add(item);
            }
        }
        return new ArrayList<>(unset);
    }

    private Stream<Container> all() {
        return Stream.concat(containers.stream(), initContainers.stream());
    }

    /** Per resource: the sum over the containers, or the largest init container when that is more. */
    private Map<String, BigDecimal> total(Function<Container, Map<String, String>> side) {
        Map<String, BigDecimal> total = new TreeMap<>();
        for (Container container : containers) {
            side.apply(container).forEach((resource, amount) -> total.merge(resource,
                    ResourceQuantity.amount(resource, amount), BigDecimal::add));
        }
        for (Container container : initContainers) {
            side.apply(container).forEach((resource, amount) -> total.merge(resource,
                    ResourceQuantity.amount(resource, amount), BigDecimal::max));
        }
        return total;
    }
}
