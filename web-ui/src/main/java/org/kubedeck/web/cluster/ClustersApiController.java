package org.kubedeck.web.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase.AddClusterCommand;
import org.kubedeck.application.cluster.port.in.ChangeClusterUseCase;
import org.kubedeck.application.cluster.port.in.ChangeClusterUseCase.UpdateClusterCommand;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterFacts;
import org.kubedeck.domain.cluster.ClusterFleet;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.kube.ResourceQuantity;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clusters as scripts see them. The kubeconfig goes in ({@code kubeconfig_content}) and never comes out. */
@RestController
class ClustersApiController {

    private final ClusterQuery query;
    private final AddClusterUseCase adding;
    private final ChangeClusterUseCase changing;

    ClustersApiController(ClusterQuery query, AddClusterUseCase adding, ChangeClusterUseCase changing) {
        this.query = query;
        this.adding = adding;
        this.changing = changing;
    }

    /** CPU in cores or millicores ({@code 4}, {@code 3500m}), memory in binary units ({@code 16Gi}). */
    record SizeJson(String allocatable, String requested) {
    }

    /**
     * {@code provider} and {@code region}: as its admins chose them, else as its nodes say; {@code last_sync}: when
     * its facts were last read (null until then).
     */
    record ClusterSummaryJson(String name, String displayName, String provider, String region,
            Map<String, String> tags, List<String> groups, String status, String version, int nodeCount,
            int podCount, SizeJson cpu, SizeJson memory, Instant lastSync) {
        static ClusterSummaryJson of(Cluster cluster) {
            ClusterFacts facts = cluster.facts();
            return new ClusterSummaryJson(cluster.name().value(), cluster.displayName(),
                    cluster.providerCode(),
                    cluster.effectiveRegion(), cluster.tags(), cluster.groups(), cluster.health().status().code(),
                    cluster.health().version(), ClusterFleet.nodes(cluster), facts.podCount(),
                    new SizeJson(ResourceQuantity.formatMillicores(facts.cpuAllocatable()),
                            ResourceQuantity.formatMillicores(facts.cpuRequested())),
                    new SizeJson(ResourceQuantity.formatBytes(facts.memoryAllocatable()),
                            ResourceQuantity.formatBytes(facts.memoryRequested())),
                    facts.syncedAt());
        }
    }

    /**
     * {@code provider_chosen}: null when the nodes decide; {@code impersonate}: requests made for a person carry
     * {@code Impersonate-User} and {@code Impersonate-Group}.
     */
    record ClusterJson(String name, String displayName, String provider, String providerChosen, String region,
            Map<String, String> tags, List<String> groups, String context, Instant createdAt, HealthJson health,
            List<String> zones, boolean impersonate) {
        static ClusterJson of(Cluster cluster) {
            return new ClusterJson(cluster.name().value(), cluster.displayName(),
                    cluster.providerCode(),
                    cluster.provider() == null ? null : cluster.provider().code(), cluster.effectiveRegion(),
                    cluster.tags(), cluster.groups(), cluster.context(), cluster.createdAt(),
                    HealthJson.of(cluster.health()), cluster.facts().zones(), cluster.impersonate());
        }
    }

    record HealthJson(String status, String version, Integer nodes, Instant checkedAt, String error) {
        static HealthJson of(ClusterHealth health) {
            return new HealthJson(health.status().code(), health.version(), health.nodeCount(), health.checkedAt(),
                    health.errorText());
        }
    }

    /**
     * {@code kubeconfig_content} is write-only: required to add, optional (keep) to update. {@code tags}: an object
     * of strings, or (as before tags had values) a list of {@code key=value} or {@code key}. {@code provider}: a
     * provider's code, or {@code auto} for the one the nodes name. {@code impersonate}: left out, off when adding
     * and as it was when updating.
     */
    record ClusterRequest(String name, String displayName, Object tags, List<String> groups, String provider,
            String region, String context, String kubeconfigContent, Boolean impersonate) {
        @Override
        public String toString() {
            return "ClusterRequest[name=" + name + "]";
        }

        Optional<Kubeconfig> kubeconfig() {
            return Optional.ofNullable(kubeconfigContent).filter(k -> !k.isBlank()).map(Kubeconfig::new);
        }

        /** Empty when none were given. */
        Optional<Map<String, String>> tagMap() {
            if (tags == null) {
                return Optional.empty();
            }
            if (tags instanceof Map<?, ?> map) {
                Map<String, String> given = new TreeMap<>();
                map.forEach((key, value) -> {
                    if (value != null && !(value instanceof String)) {
                        throw notTags();
                    }
                    given.put(String.valueOf(key), value == null ? "" : (String) value);
                });
                return Optional.of(given);
            }
            if (tags instanceof List<?> list && list.stream().allMatch(item -> item instanceof String)) {
                return Optional.of(Cluster.tags(list.stream().map(String.class::cast).toList()));
            }
            throw notTags();
        }

        private static InvalidInputException notTags() {
            return new InvalidInputException("tags", Message.of("cluster.tagsObject",
                    "Tags are an object of strings, such as {\"env\": \"prod\"}."));
        }
    }

    /** With {@code tag} ({@code key=value}, or {@code key} for any value) or {@code group}, only those. */
    @GetMapping("/api/clusters")
    List<ClusterSummaryJson> clusters(Actor actor, @RequestParam(defaultValue = "") String tag,
            @RequestParam(defaultValue = "") String group) {
        return query.visibleClusters(actor).stream().filter(cluster -> cluster.matches(tag, group))
                .map(ClusterSummaryJson::of).toList();
    }

    /** The clusters this actor may administer: all of them for global admins. */
    @GetMapping("/api/admin/clusters")
    List<ClusterJson> adminClusters(Actor actor) {
        return query.visibleClusters(actor).stream()
                .filter(c -> actor.permissions().allows(c.name(), ClusterAction.CONFIGURE))
                .map(ClusterJson::of).toList();
    }

    @GetMapping("/api/admin/clusters/{name}")
    ClusterJson cluster(Actor actor, @PathVariable String name) {
        return ClusterJson.of(query.clusterToConfigure(actor, ClusterName.of(name)));
    }

    @PostMapping("/api/admin/clusters")
    ResponseEntity<ClusterJson> add(Actor actor, @RequestBody ClusterRequest body) {
        Kubeconfig kubeconfig = body.kubeconfig().orElseThrow(() -> new InvalidInputException("kubeconfig_content",
                Message.of("cluster.pasteUploadKubeconfig", "Paste or upload a kubeconfig.")));
        Cluster cluster = adding.addCluster(actor, new AddClusterCommand(ClusterName.of(body.name()),
                body.displayName(), body.tagMap().orElse(Map.of()), body.groups(), body.provider(), body.region(),
                body.context(), kubeconfig, Boolean.TRUE.equals(body.impersonate())));
        return ResponseEntity.status(HttpStatus.CREATED).body(ClusterJson.of(cluster));
    }

    @PutMapping("/api/admin/clusters/{name}")
    ClusterJson update(Actor actor, @PathVariable String name, @RequestBody ClusterRequest body) {
        if (body.name() != null && !body.name().equals(name)) {
            throw new InvalidInputException("name", Message.of("cluster.clusterCannotRenamedAdd",
                    "A cluster cannot be renamed; add it again under the new name."));
        }
        return ClusterJson.of(changing.updateCluster(actor, new UpdateClusterCommand(ClusterName.of(name),
                Optional.ofNullable(body.displayName()), body.tagMap(), Optional.ofNullable(body.groups()),
                Optional.ofNullable(body.provider()), Optional.ofNullable(body.region()),
                Optional.ofNullable(body.context()), body.kubeconfig(), Optional.ofNullable(body.impersonate()))));
    }

    @DeleteMapping("/api/admin/clusters/{name}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String name) {
        changing.deleteCluster(actor, ClusterName.of(name));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/clusters/{name}/test")
    HealthJson test(Actor actor, @PathVariable String name) {
        return HealthJson.of(changing.testConnection(actor, ClusterName.of(name)));
    }
}
