package org.kubedeck.web.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.CreateResourceCommand;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.Created;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.DeleteResourceCommand;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.Propagation;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.ReplaceResourceCommand;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.Replaced;
import org.kubedeck.domain.kube.ListRules;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ObjectDetail;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.resource.TableQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every kind a cluster serves, and a kind's objects a page at a time, with the columns kubectl would print. */
@RestController
@RequestMapping("/api/k8s/resources/{cluster}")
class ResourceApiController {

    private final BrowseResourcesQuery browsing;
    private final ChangeResourceUseCase changing;

    ResourceApiController(BrowseResourcesQuery browsing, ChangeResourceUseCase changing) {
        this.browsing = browsing;
        this.changing = changing;
    }

    record ReplaceRequest(String yaml, String resourceVersion, String note) {

        /** The replace of the object these paths name, with this body. */
        ReplaceResourceCommand command(String cluster, String resource, String namespace, String name) {
            return new ReplaceResourceCommand(ClusterParameter.of(cluster), resource, namespace, name, yaml,
                    resourceVersion, note);
        }
    }

    record CreateRequest(String yaml) {
    }

    record CreatedJson(String name, String yaml, String resourceVersion, boolean dryRun) {

        static ResponseEntity<CreatedJson> of(Created created) {
            return ResponseEntity.status(created.dryRun() ? HttpStatus.OK : HttpStatus.CREATED).body(
                    new CreatedJson(created.name(), created.yaml(), created.resourceVersion(), created.dryRun()));
        }
    }

    record ReplacedJson(String yaml, String resourceVersion, int version) {

        static ReplacedJson of(Replaced replaced) {
            return new ReplacedJson(replaced.yaml(), replaced.resourceVersion(), replaced.version());
        }
    }

    /** {@code listable}: whether the cluster's credentials may list it there; null when the server cannot say. */
    record KindJson(String resource, String group, String version, String kind, String plural, boolean namespaced,
            Boolean listable) {

        static KindJson of(ResourceKind kind, ListRules rules) {
            return new KindJson(kind.resource(), kind.group(), kind.version(), kind.kind(), kind.plural(),
                    kind.namespaced(), rules.mayList(kind).orElse(null));
        }
    }

    /** {@code namespace}: where {@code listable} is judged. */
    record KindsJson(String namespace, List<KindJson> kinds) {
    }

    record ColumnJson(String name, String type, String description, int priority) {
    }

    record ItemJson(String name, String namespace, Instant created, Map<String, String> labels, List<String> cells) {
    }

    /** {@code continue}: where the next page starts, for {@code ?continue=}; empty on the last page. */
    record TableJson(List<ColumnJson> columns, List<ItemJson> items, @JsonProperty("continue") String continueToken,
            Long remainingItems) {

        static TableJson of(ResourceTable table) {
            return new TableJson(table.columns().stream().map(column -> new ColumnJson(column.name(), column.type(),
                    column.description(), column.priority())).toList(),
                    table.rows().stream().map(row -> new ItemJson(row.name(), row.namespace(), row.created(),
                            row.labels(), row.cells())).toList(), table.position(), table.remaining());
        }
    }

    record OwnerJson(String apiVersion, String kind, String name, boolean controller) {

        static List<OwnerJson> of(List<ObjectDetail.Owner> owners) {
            return owners.stream().map(owner -> new OwnerJson(owner.apiVersion(), owner.kind(), owner.name(),
                    owner.controller())).toList();
        }
    }

    /** {@code owned}: what its controller made (a Deployment's ReplicaSets, a ReplicaSet's pods...). */
    record ObjectJson(String resource, String apiVersion, String kind, String namespace, String name,
            String resourceVersion, Instant created, Map<String, String> labels, Map<String, String> annotations,
            List<OwnerJson> owners, List<OwnerJson> owned, String yaml) {

        static ObjectJson of(ObjectDetail detail) {
            return new ObjectJson(detail.kind().resource(), detail.kind().apiVersion(), detail.kind().kind(),
                    detail.namespace(), detail.name(), detail.resourceVersion(), detail.created(), detail.labels(),
                    detail.annotations(), OwnerJson.of(detail.owners()), OwnerJson.of(detail.owned()),
                    detail.yaml());
        }
    }

    /** {@code namespace}: where the credentials' rules are judged; {@code default} when none is given. */
    @GetMapping
    KindsJson kinds(Actor actor, @PathVariable String cluster, @RequestParam(defaultValue = "") String namespace) {
        ListRules rules = browsing.rules(actor, ClusterParameter.of(cluster), namespace);
        return new KindsJson(rules.namespace(), browsing.kinds(actor, ClusterParameter.of(cluster)).kinds()
                .stream().map(kind -> KindJson.of(kind, rules)).toList());
    }

    /** No {@code namespace}: every namespace, or a cluster-scoped kind's objects. */
    @GetMapping("/{resource}")
    TableJson list(Actor actor, @PathVariable String cluster, @PathVariable String resource,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(required = false) String selector,
            @RequestParam(required = false) String name, @RequestParam(required = false) Integer limit,
            @RequestParam(name = "continue", required = false) String position) {
        return TableJson.of(browsing.list(actor, ClusterParameter.of(cluster), resource, namespace,
                TableQuery.of(selector, name, limit, position)));
    }

    /** One object; {@code namespace} for an object of a namespaced kind. A Secret's values are masked. */
    @GetMapping("/{resource}/{name}")
    ObjectJson object(Actor actor, @PathVariable String cluster, @PathVariable String resource,
            @PathVariable String name, @RequestParam(defaultValue = "") String namespace) {
        return ObjectJson.of(browsing.detail(actor, ClusterParameter.of(cluster), resource, namespace, name));
    }

    /**
     * Creates the object the YAML describes in {@code namespace}: {@code 201}, recorded as its first version and
     * audited; with {@code dry_run=true} the API server checks it and nothing is stored ({@code 200}).
     */
    @PostMapping("/{resource}")
    ResponseEntity<CreatedJson> create(Actor actor, @PathVariable String cluster, @PathVariable String resource,
            @RequestParam(defaultValue = "") String namespace,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun, @RequestBody CreateRequest body) {
        return CreatedJson.of(changing.create(actor, new CreateResourceCommand(ClusterParameter.of(cluster), resource,
                namespace, body.yaml(), dryRun)));
    }

    /**
     * Replaces the object with edited YAML if it is still at {@code resource_version} ({@code 409} otherwise);
     * recorded as a version and audited. Write on the cluster.
     */
    @PutMapping("/{resource}/{name}")
    ReplacedJson replace(Actor actor, @PathVariable String cluster, @PathVariable String resource,
            @PathVariable String name, @RequestParam(defaultValue = "") String namespace,
            @RequestBody ReplaceRequest body) {
        return ReplacedJson.of(changing.replace(actor, body.command(cluster, resource, namespace, name)));
    }

    /** Deletes the object, its dependents as {@code propagation} says; admin on the cluster. */
    @DeleteMapping("/{resource}/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable String cluster, @PathVariable String resource, @PathVariable String name,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(defaultValue = "") String propagation) {
        changing.delete(actor, new DeleteResourceCommand(ClusterParameter.of(cluster), resource, namespace, name,
                Propagation.parse(propagation)));
    }
}
