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
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
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

/** Replaces and deletes objects of any kind: the kind found through discovery, the change through the kernel. */
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

    @Override
    public Created create(Actor actor, CreateResourceCommand command) {
        NamespaceRef namespace = NamespaceRef.of(command.cluster(), command.namespace());
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.CHANGE, "create " + command.resource());
        ResourceKind kind = namespacedKind(access, command.resource());
        LiveResource created = resources.create(access, kind, namespace.namespace(), command.yaml(),
                command.dryRun(), history.mask());
        if (!command.dryRun()) {
            ResourceRef object = namespace.object(kind, created.name());
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

    private Opened open(Actor actor, ClusterName cluster, String resource, String namespace, String name,
            ClusterAction action, String verb) {
        NamespaceRef in = NamespaceRef.of(cluster, namespace);
        ClusterAccess access = gate.open(actor, in, action, verb + " " + resource + " " + name);
        return new Opened(access, in.object(namespacedKind(access, resource), name));
    }

    /** The kind the cluster serves by that name; only objects in namespaces are changed here. */
    private ResourceKind namespacedKind(ClusterAccess access, String resource) {
        ResourceKind kind = discovery.kinds(access).find(resource);
        if (!kind.namespaced()) {
            throw new InvalidInputException("resource", Message.of("resource.clusterWideUnchanged",
                    "{0} objects are cluster-wide; the console changes objects in namespaces only.", kind.kind()));
        }
        return kind;
    }
}
