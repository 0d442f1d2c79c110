package org.kubedeck.application.version;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Objects' YAML and their histories, as the pages and the JSON API read them. */
@UseCase
class VersionQueryService implements ResourceVersionsQuery {

    static final int LISTED_VERSIONS = 200;

    private final ClusterGate gate;
    private final ResourceCluster resources;
    private final VersionStore store;
    private final ResourceHistory history;
    private final Versions versions;

    VersionQueryService(ClusterGate gate, ResourceCluster resources, VersionStore store, ResourceHistory history) {
        this.gate = gate;
        this.resources = resources;
        this.store = store;
        this.history = history;
        this.versions = new Versions(store);
    }

    @Override
    public List<ResourceRef> objects(Actor actor, NamespaceRef namespace) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.VIEW, "list the objects");
        return resources.list(access, namespace.namespace(), history.mask()).stream()
                .map(object -> namespace.object(object.kind(), object.name()))
                .toList();
    }

    @Override
    public ResourceView view(Actor actor, ResourceRef resource) {
        ClusterAccess access = gate.open(actor, resource, ClusterAction.VIEW, "view " + resource.describe());
        LiveResource live = history.observe(access, resource).orElseThrow(() -> Versions.missing(resource));
        return new ResourceView(resource, live.yaml(), live.resourceVersion(), versions.latestNumber(resource));
    }

    @Override
    public List<YamlVersion> versions(Actor actor, ResourceRef resource) {
        ClusterAccess access = gate.open(actor, resource, ClusterAction.VIEW, "view the versions of "
                + resource.describe());
        // A deleted resource keeps its history; only a live one can start or extend it.
        history.observe(access, resource);
        return store.list(resource, LISTED_VERSIONS);
    }

    @Override
    public List<YamlVersion> history(Actor actor, ResourceRef resource) {
        gate.require(actor, resource, ClusterAction.VIEW, "view the versions of " + resource.describe());
        return store.list(resource, LISTED_VERSIONS);
    }

    @Override
    public YamlVersion version(Actor actor, String id) {
        YamlVersion version = versions.find(id);
        gate.require(actor, version.resource(), ClusterAction.VIEW, "view a version of "
                + version.resource().describe());
        return version;
    }

    @Override
    public VersionDiff diff(Actor actor, String fromId, String toId) {
        YamlVersion from = version(actor, fromId);
        YamlVersion to = version(actor, toId);
        if (!from.resource().equals(to.resource())) {
            throw new InvalidInputException("against", Message.of("version.versionsBelongDifferentResources",
                    "Versions {0} and {1} belong to different resources.", fromId, toId));
        }
        return new VersionDiff(from, to, VersionHistory.unified("v" + from.version(), from.yaml(),
                "v" + to.version(), to.yaml()), VersionHistory.sideBySide(from.yaml(), to.yaml()));
    }
}
