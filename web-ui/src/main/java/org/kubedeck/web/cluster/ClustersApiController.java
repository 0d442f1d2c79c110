package org.kubedeck.web.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase.AddClusterCommand;
import org.kubedeck.application.cluster.port.in.ChangeClusterUseCase;
import org.kubedeck.application.cluster.port.in.ChangeClusterUseCase.UpdateClusterCommand;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;
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

    record ClusterSummaryJson(String name, String displayName, List<String> tags, String status, String version) {
        static ClusterSummaryJson of(Cluster cluster) {
            return new ClusterSummaryJson(cluster.name().value(), cluster.displayName(), cluster.tags(),
                    cluster.health().status().code(), cluster.health().version());
        }
    }

    record ClusterJson(String name, String displayName, List<String> tags, String context, Instant createdAt,
            HealthJson health) {
        static ClusterJson of(Cluster cluster) {
            return new ClusterJson(cluster.name().value(), cluster.displayName(), cluster.tags(), cluster.context(),
                    cluster.createdAt(), HealthJson.of(cluster.health()));
        }
    }

    record HealthJson(String status, String version, Integer nodes, Instant checkedAt, String error) {
        static HealthJson of(ClusterHealth health) {
            return new HealthJson(health.status().code(), health.version(), health.nodeCount(), health.checkedAt(),
                    health.errorText());
        }
    }

    /** {@code kubeconfig_content} is write-only: required to add, optional (keep) to update. */
    record ClusterRequest(String name, String displayName, List<String> tags, String context,
            String kubeconfigContent) {
        @Override
        public String toString() {
            return "ClusterRequest[name=" + name + "]";
        }

        Optional<Kubeconfig> kubeconfig() {
            return Optional.ofNullable(kubeconfigContent).filter(k -> !k.isBlank()).map(Kubeconfig::new);
        }
    }

    @GetMapping("/api/clusters")
    List<ClusterSummaryJson> clusters(Actor actor) {
        return query.visibleClusters(actor).stream().map(ClusterSummaryJson::of).toList();
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
                body.displayName(), body.tags(), body.context(), kubeconfig));
        return ResponseEntity.status(HttpStatus.CREATED).body(ClusterJson.of(cluster));
    }

    @PutMapping("/api/admin/clusters/{name}")
    ClusterJson update(Actor actor, @PathVariable String name, @RequestBody ClusterRequest body) {
        if (body.name() != null && !body.name().equals(name)) {
            throw new InvalidInputException("name", Message.of("cluster.clusterCannotRenamedAdd",
                    "A cluster cannot be renamed; add it again under the new name."));
        }
        return ClusterJson.of(changing.updateCluster(actor, new UpdateClusterCommand(ClusterName.of(name),
                Optional.ofNullable(body.displayName()), Optional.ofNullable(body.tags()),
                Optional.ofNullable(body.context()), body.kubeconfig())));
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
