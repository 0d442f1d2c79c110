package org.kubedeck.web.cluster;

import java.util.List;
import java.util.Map;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.mcp.McpInput;
import org.kubedeck.web.support.mcp.McpTool;
import org.kubedeck.web.support.mcp.McpToolbox;
import org.springframework.stereotype.Component;

/** The clusters the caller may see, as a tool: where every other tool starts. */
@Component
class ClusterTools implements McpToolbox {

    private final ClusterQuery clusters;

    ClusterTools(ClusterQuery clusters) {
        this.clusters = clusters;
    }

    /** {@code access}: what the caller may do there: {@code read}, {@code write} or {@code admin}. */
    record ListedClusterJson(String name, String displayName, String provider, String region,
            Map<String, String> tags, List<String> groups, String status, String version, String access) {

        static ListedClusterJson of(Cluster cluster, Actor actor) {
            return new ListedClusterJson(cluster.name().value(), cluster.displayName(),
                    cluster.providerCode(),
                    cluster.effectiveRegion(), cluster.tags(), cluster.groups(), cluster.health().status().code(),
                    cluster.health().version(), actor.permissions().levelOn(cluster.name()).map(AccessLevel::code)
                            .orElse(null));
        }
    }

    record ClustersJson(List<ListedClusterJson> clusters) {
    }

    @Override
    public List<McpTool> tools() {
        return List.of(McpTool.reading("clusters_list", "List clusters", "The clusters you may see, with their "
                + "health, Kubernetes version and what you may do on each (read, write or admin).", McpInput.none(),
                (actor, args) -> new ClustersJson(clusters.visibleClusters(actor).stream()
                        .map(cluster -> ListedClusterJson.of(cluster, actor)).toList())));
    }
}
