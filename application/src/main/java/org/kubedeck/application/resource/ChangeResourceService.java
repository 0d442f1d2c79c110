package org.kubedeck.application.resource;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.KindDiscovery;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase;
import org.kubedeck.application.version.port.in.EditResourceUseCase;
import org.kubedeck.application.version.port.in.EditResourceUseCase.EditResourceCommand;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery.ResourceView;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * Creates, replaces and deletes objects of any kind, cluster-wide ones too: the kind found through discovery, the
 * change through the kernel.
 */
@UseCase
class ChangeResourceService implements ChangeResourceUseCase {

    private final ClusterGate gate;
    private final KindDiscovery discovery;
    private final EditResourceUseCase editing;
    private final ResourceCluster resources;
    private final ResourceHistory history;
    private final AuditedChanges changes;

    ChangeResourceService(ClusterGate gate, KindDiscovery discovery, EditResourceUseCase editing,
            ResourceCluster resources, ResourceHistory history, AuditedChanges changes) {
        this.gate = gate;
        this.discovery = discovery;
        this.editing = editing;
        this.resources = resources;
        this.history = history;
        this.changes = changes;
    }

    /** Objects of a cluster-wide kind are created by the cluster's admins, as they reach every namespace. */
    @Override
    public Created create(Actor actor, CreateResourceCommand command) {
        ClusterName cluster = command.cluster();
        String attempted = "create " + command.resource();
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.VIEW, attempted, cluster.value());
        ResourceKind kind = discovery.kinds(access).find(command.resource());
        String namespace = kind.namespaced() ? NamespaceRef.of(cluster, command.namespace()).namespace() : "";
        gate.require(actor, cluster, kind.namespaced() ? ClusterAction.CHANGE : ClusterAction.CONFIGURE,
                attempted + (namespace.isEmpty() ? "" : " in " + namespace),
                namespace.isEmpty() ? cluster.value() : namespace);
        LiveResource created = resources.create(access, kind, namespace, command.yaml(), command.dryRun(),
                history.mask());
        if (!command.dryRun()) {
            ResourceRef object = new ResourceRef(cluster, namespace, kind, created.name());
            history.record(object, created, actor.username().value(), "created");
            changes.audited(actor, AuditAction.RESOURCE_CREATED, object.describe(), object.cluster(),
                    AuditDetail.EMPTY);
        }
        return new Created(created.name(), created.yaml(), created.resourceVersion(), command.dryRun());
    }

    @Override
    public Replaced replace(Actor actor, ReplaceResourceCommand command) {
        ResourceRef object = open(actor, command.cluster(), command.resource(), command.namespace(),
                command.name(), ClusterAction.CHANGE, "edit").object();
        ResourceView stored = editing.edit(actor, new EditResourceCommand(object, command.yaml(),
                command.resourceVersion(), command.note()));
        return new Replaced(stored.yaml(), stored.resourceVersion(), stored.version());
    }

    @Override
    public void delete(Actor actor, DeleteResourceCommand command) {
        Opened opened = open(actor, command.cluster(), command.resource(), command.namespace(), command.name(),
                ClusterAction.CONFIGURE, "delete");
        ResourceRef object = opened.object();
        ClusterAccess access = opened.access();
        history.observe(access, object);
        resources.delete(access, object.kind(), object.namespace(), object.name(), command.propagation().policy());
        changes.audited(actor, AuditAction.RESOURCE_DELETED, object.describe(), object.cluster(),
                AuditDetail.of("propagation", command.propagation().policy()));
    }

    /** The cluster opened for {@code action} on the object, and the object, once the cluster serves its kind. */
    private record Opened(ClusterAccess access, ResourceRef object) {
    }

    /**
     * The cluster opened to find the kind, then the permission for {@code action} on the object: a change of a
     * cluster-wide object needs the cluster's admins ({@link ClusterGate#require}).
     */
    private Opened open(Actor actor, ClusterName cluster, String resource, String namespace, String name,
            ClusterAction action, String verb) {
        String attempted = verb + " " + resource + " " + name;
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.VIEW, attempted, cluster.value());
        ResourceKind kind = discovery.kinds(access).find(resource);
        ResourceRef object = kind.namespaced() ? NamespaceRef.of(cluster, namespace).object(kind, name)
                : ResourceRef.clusterWide(cluster, kind, name);
        gate.require(actor, object, action, attempted);
        return new Opened(access, object);
    }
}
