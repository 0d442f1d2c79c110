package org.kubedeck.web.resource;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.CreateResourceCommand;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.Created;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.DeleteResourceCommand;
import org.kubedeck.application.resource.port.in.ChangeResourceUseCase.Propagation;
import org.kubedeck.application.resource.port.in.TrafficQuery;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.ServedKinds;
import org.kubedeck.domain.kube.YamlLines;
import org.kubedeck.domain.resource.ObjectDetail;
import org.kubedeck.domain.resource.ResourceDefinition;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.resource.TableQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The resource browser's pages: the kinds a cluster serves, and a kind's objects a page at a time. */
@Controller
class ResourceController {

    private final BrowseResourcesQuery browsing;
    private final ChangeResourceUseCase changing;
    private final TrafficQuery traffic;
    private final Clock clock;

    ResourceController(BrowseResourcesQuery browsing, ChangeResourceUseCase changing, TrafficQuery traffic,
            Clock clock) {
        this.browsing = browsing;
        this.changing = changing;
        this.traffic = traffic;
        this.clock = clock;
    }

    /**
     * Every kind, built-in first, then by group; {@code q} keeps those whose kind or resource holds it. Kinds the
     * cluster's credentials may not list in {@code namespace} ({@code default} when none) are marked.
     */
    @GetMapping("/resources/{cluster}")
    String kinds(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String namespace, Model model) {
        List<ResourceKind> all = browsing.kinds(actor, page.name()).kinds();
        model.addAttribute("rules", browsing.rules(actor, page.name(), namespace));
        String wanted = q.trim().toLowerCase(Locale.ROOT);
        model.addAttribute("q", q);
        model.addAttribute("total", all.size());
        model.addAttribute("kinds", all.stream().filter(kind -> wanted.isEmpty()
                || kind.kind().toLowerCase(Locale.ROOT).contains(wanted) || kind.resource().contains(wanted))
                .toList());
        return "resource/kinds";
    }

    /** One page of a kind's objects, with the columns the API server gives; {@code wide} shows them all. */
    @GetMapping("/resources/{cluster}/{resource}")
    String list(Actor actor, ClusterPage page, @PathVariable String resource,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(defaultValue = "") String selector,
            @RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer limit,
            @RequestParam(name = "continue", defaultValue = "") String position,
            @RequestParam(defaultValue = "false") boolean wide, Model model) {
        ResourceKind kind = browsing.kinds(actor, page.name()).find(resource);
        model.addAttribute("kind", kind);
        model.addAttribute("mayCreate", actor.permissions().allows(page.name(), kind.namespaced()
                ? ClusterAction.CHANGE : ClusterAction.CONFIGURE));
        model.addAttribute("custom", !ResourceKind.BUILT_IN.contains(kind) && browsing.definitions(actor,
                page.name()).stream().anyMatch(definition -> definition.name().equals(resource)));
        model.addAttribute("namespace", namespace);
        model.addAttribute("selector", selector);
        model.addAttribute("name", name);
        model.addAttribute("limit", limit == null ? TableQuery.DEFAULT_LIMIT : limit);
        model.addAttribute("position", position);
        model.addAttribute("wide", wide);
        model.addAttribute("now", clock.instant());
        Attempt<ResourceTable> table = Attempt.of(() -> browsing.list(actor, page.name(), resource, namespace,
                TableQuery.of(selector, name, limit, position)));
        table.into(model, "table", "refused");
        table.value().ifPresent(found -> model.addAttribute("layout", TableColumns.of(found, wide)));
        return "resource/list";
    }

    /** One object: where it is, its labels and annotations, its owners (linked), its YAML and its events. */
    @GetMapping("/resources/{cluster}/{resource}/{name}")
    String object(Actor actor, ClusterPage page, @PathVariable String resource, @PathVariable String name,
            @RequestParam(defaultValue = "") String namespace, Model model) {
        ServedKinds kinds = browsing.kinds(actor, page.name());
        ObjectDetail detail = browsing.detail(actor, page.name(), resource, namespace, name);
        model.addAttribute("object", detail);
        model.addAttribute("kind", detail.kind());
        model.addAttribute("owners", OwnerLink.of(detail.owners(), kinds));
        model.addAttribute("owned", OwnerLink.of(detail.owned(), kinds));
        model.addAttribute("mayDelete", actor.permissions().allows(page.name(), ClusterAction.CONFIGURE));
        model.addAttribute("events", browsing.events(actor, page.name(), detail.namespace(), resource, name));
        model.addAttribute("now", clock.instant());
        if (detail.kind().equals(ResourceKind.SERVICE)) {
            Attempt.of(() -> traffic.backends(actor, new ResourceRef(page.name(), detail.namespace(),
                    detail.kind(), name))).into(model, "backends", "backendsRefused");
        } else if (detail.kind().equals(ResourceKind.INGRESS)) {
            Attempt.of(() -> traffic.routes(actor, new ResourceRef(page.name(), detail.namespace(), detail.kind(),
                    name))).into(model, "routes", "routesRefused");
        }
        return "resource/object";
    }

    /** Deletes the object after the page's confirmation, then shows its kind's list with the outcome. */
    @PostMapping("/resources/{cluster}/{resource}/{name}/delete")
    String delete(Actor actor, ClusterPage page, @PathVariable String resource, @PathVariable String name,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(defaultValue = "") String propagation,
            RedirectAttributes redirect) {
        String list = UriComponentsBuilder.fromPath("/resources/{c}/{r}").queryParam("namespace", namespace)
                .buildAndExpand(page.name().value(), resource).encode().toUriString();
        return Flash.redirectAfter(redirect, "resources.deleted", list, () -> changing.delete(actor,
                new DeleteResourceCommand(page.name(), resource, namespace, name, Propagation.parse(propagation))));
    }

    /**
     * A new object of the kind, from YAML: a custom kind's template (each field its schema requires), else the
     * kind's apiVersion, kind and metadata. Writers only.
     */
    @GetMapping("/resources/{cluster}/{resource}/new")
    String newObject(Actor actor, ClusterPage page, @PathVariable String resource,
            @RequestParam(defaultValue = "") String namespace, Model model) {
        ResourceKind kind = browsing.kinds(actor, page.name()).find(resource);
        String ns = namespace.isEmpty() ? "default" : namespace;
        boolean custom = browsing.definitions(actor, page.name()).stream()
                .anyMatch(definition -> definition.name().equals(resource));
        String yaml = "apiVersion: " + kind.apiVersion() + "\nkind: " + kind.kind() + "\nmetadata:\n  name: \"\"\n";
        if (custom) {
            ResourceDefinition definition = browsing.definition(actor, page.name(), resource);
            yaml = definition.storageVersion().map(version -> definition.template(version, ns)).orElse(yaml);
        }
        return newPage(model, kind, ns, yaml);
    }

    /** {@code check}: the API server's dry run, nothing stored; else the object is created and its page shown. */
    @PostMapping("/resources/{cluster}/{resource}/new")
    String create(Actor actor, ClusterPage page, @PathVariable String resource, @RequestParam String namespace,
            @RequestParam String yaml, @RequestParam(defaultValue = "create") String action, Model model,
            RedirectAttributes redirect) {
        ResourceKind kind = browsing.kinds(actor, page.name()).find(resource);
        boolean check = "check".equals(action);
        Attempt<Created> created = Attempt.of(() -> changing.create(actor, new CreateResourceCommand(page.name(),
                resource, namespace, yaml, check)));
        if (created.value().isPresent() && !check) {
            redirect.addFlashAttribute("flash", "resources.created");
            return "redirect:" + UriComponentsBuilder.fromPath("/resources/{c}/{r}/{n}").queryParam("namespace",
                    namespace).buildAndExpand(page.name().value(), resource, created.value().get().name()).encode()
                    .toUriString();
        }
        created.value().ifPresent(checked -> model.addAttribute("checked", checked));
        created.refusal().ifPresent(refusal -> {
            model.addAttribute("refused", refusal);
            YamlLines.lineOf(yaml, refusal.message()).ifPresent(line -> model.addAttribute("errorLine", line));
        });
        return newPage(model, kind, namespace, yaml);
    }

    private static String newPage(Model model, ResourceKind kind, String namespace, String yaml) {
        model.addAttribute("kind", kind);
        model.addAttribute("namespace", namespace);
        model.addAttribute("yaml", yaml);
        return "resource/new";
    }

    /**
     * An owner (or an object owned), and the resource its page is under when the cluster serves its kind (null if
     * not).
     */
    record OwnerLink(ObjectDetail.Owner owner, String resource) {

        static List<OwnerLink> of(List<ObjectDetail.Owner> owners, ServedKinds kinds) {
            return owners.stream().map(owner -> new OwnerLink(owner, kinds.byKind(owner.group(), owner.kind())
                    .map(ResourceKind::resource).orElse(null))).toList();
        }
    }

    /** A custom resource definition: its versions, the columns of its lists, its schema as a tree, a template. */
    @GetMapping("/crds/{cluster}/{crd}")
    String definition(Actor actor, ClusterPage page, @PathVariable String crd,
            @RequestParam(defaultValue = "") String version, Model model) {
        ResourceDefinition definition = browsing.definition(actor, page.name(), crd);
        ResourceDefinition.Version shown = definition.versions().stream()
                .filter(candidate -> candidate.name().equals(version)).findFirst()
                .or(definition::storageVersion).orElseThrow();
        model.addAttribute("definition", definition);
        model.addAttribute("version", shown);
        model.addAttribute("template", definition.template(shown, ""));
        return "resource/definition";
    }
}
