package org.kubedeck.web.resource;

import java.util.List;
import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.CreateResourceCommand;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.DeleteResourceCommand;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.Propagation;
import org.kubedeck.domain.resource.ResourceDefinition;
import org.kubedeck.domain.resource.ResourceDefinition.PrinterColumn;
import org.kubedeck.domain.resource.ResourceDefinition.Version;
import org.kubedeck.domain.resource.SchemaField;
import org.kubedeck.domain.resource.TableQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.resource.ResourceApiController.CreateRequest;
import org.kubedeck.web.resource.ResourceApiController.CreatedJson;
import org.kubedeck.web.resource.ResourceApiController.ReplaceRequest;
import org.kubedeck.web.resource.ResourceApiController.ReplacedJson;
import org.kubedeck.web.resource.ResourceApiController.TableJson;
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

/**
 * Custom resource definitions, with the cluster and namespace as query parameters: the definitions, one with its
 * schema and a new object's template, and its objects (the same pages as {@code /api/k8s/resources}).
 */
@RestController
@RequestMapping("/api/k8s/crds")
class CrdApiController {

    private final BrowseResourcesQuery browsing;
    private final ChangeResourceUseCase changing;

    CrdApiController(BrowseResourcesQuery browsing, ChangeResourceUseCase changing) {
        this.browsing = browsing;
        this.changing = changing;
    }

    record ColumnJson(String name, String type, String jsonPath, String description, int priority) {

        static ColumnJson of(PrinterColumn column) {
            return new ColumnJson(column.name(), column.type(), column.jsonPath(), column.description(),
                    column.priority());
        }
    }

    record FieldJson(String name, String type, boolean required, String description, List<String> values,
            List<FieldJson> fields) {

        static FieldJson of(SchemaField field) {
            return field == null ? null : new FieldJson(field.name(), field.type(), field.required(),
                    field.description(), field.values(), field.fields().stream().map(FieldJson::of).toList());
        }
    }

    record VersionJson(String name, boolean served, boolean storage, List<ColumnJson> printerColumns,
            FieldJson schema) {

        static VersionJson of(Version version) {
            return new VersionJson(version.name(), version.served(), version.storage(),
                    version.printerColumns().stream().map(ColumnJson::of).toList(), FieldJson.of(version.schema()));
        }
    }

    record CrdJson(String name, String group, String kind, String plural, String scope, List<VersionJson> versions,
            String template) {

        static CrdJson of(ResourceDefinition definition, String template) {
            return new CrdJson(definition.name(), definition.group(), definition.kind(), definition.plural(),
                    definition.namespaced() ? "Namespaced" : "Cluster",
                    definition.versions().stream().map(VersionJson::of).toList(), template);
        }
    }

    record CrdsJson(List<CrdJson> crds) {
    }

    @GetMapping
    CrdsJson definitions(Actor actor, @RequestParam String cluster) {
        return new CrdsJson(browsing.definitions(actor, ClusterParameter.of(cluster)).stream()
                .map(definition -> CrdJson.of(definition, null)).toList());
    }

    /** With each version's schema as a field tree, and a new object of the stored version to fill in. */
    @GetMapping("/{crd}")
    CrdJson definition(Actor actor, @PathVariable String crd, @RequestParam String cluster,
            @RequestParam(defaultValue = "") String namespace) {
        ResourceDefinition definition = browsing.definition(actor, ClusterParameter.of(cluster), crd);
        return CrdJson.of(definition, definition.storageVersion().map(version -> definition.template(version,
                namespace)).orElse(null));
    }

    @GetMapping("/{crd}/resources")
    TableJson resources(Actor actor, @PathVariable String crd, @RequestParam String cluster,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(required = false) String selector,
            @RequestParam(required = false) String name, @RequestParam(required = false) Integer limit,
            @RequestParam(name = "continue", required = false) String position) {
        return TableJson.of(browsing.list(actor, ClusterParameter.of(cluster), crd, namespace,
                TableQuery.of(selector, name, limit, position)));
    }

    /** As {@code POST /api/k8s/resources/{cluster}/{crd}}: creates one of its objects, or checks it. */
    @PostMapping("/{crd}/resources")
    ResponseEntity<CreatedJson> create(Actor actor, @PathVariable String crd, @RequestParam String cluster,
            @RequestParam(defaultValue = "") String namespace,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun, @RequestBody CreateRequest body) {
        return CreatedJson.of(changing.create(actor, new CreateResourceCommand(ClusterParameter.of(cluster), crd,
                namespace, body.yaml(), dryRun)));
    }

    /** As {@code PUT /api/k8s/resources/{cluster}/{crd}/{name}}: through the versioned YAML editor. */
    @PutMapping("/{crd}/resources/{name}")
    ReplacedJson replace(Actor actor, @PathVariable String crd, @PathVariable String name,
            @RequestParam String cluster, @RequestParam(defaultValue = "") String namespace,
            @RequestBody ReplaceRequest body) {
        return ReplacedJson.of(changing.replace(actor, body.command(cluster, crd, namespace, name)));
    }

    /** As {@code DELETE /api/k8s/resources/{cluster}/{crd}/{name}}: the cluster's admins. */
    @DeleteMapping("/{crd}/resources/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable String crd, @PathVariable String name, @RequestParam String cluster,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(defaultValue = "") String propagation) {
        changing.delete(actor, new DeleteResourceCommand(ClusterParameter.of(cluster), crd, namespace, name,
                Propagation.parse(propagation)));
    }
}
