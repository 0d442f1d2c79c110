package org.kubedeck.web.resource;

import java.util.List;
import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.domain.resource.TableQuery;
import org.kubedeck.web.resource.EventApiController.EventJson;
import org.kubedeck.web.resource.EventApiController.EventsJson;
import org.kubedeck.web.resource.ResourceApiController.ObjectJson;
import org.kubedeck.web.resource.ResourceApiController.TableJson;
import org.kubedeck.web.support.mcp.McpInput;
import org.kubedeck.web.support.mcp.McpTool;
import org.kubedeck.web.support.mcp.McpToolbox;
import org.springframework.stereotype.Component;

/** Any kind's objects and the cluster's events, as the JSON API answers them. */
@Component
class ResourceTools implements McpToolbox {

    private static final String RESOURCE = "The kind as the console's API names it: its plural, with the group for "
            + "kinds outside the core group (pods, deployments.apps, ingresses.networking.k8s.io, "
            + "widgets.example.com).";

    private final BrowseResourcesQuery browsing;

    ResourceTools(BrowseResourcesQuery browsing) {
        this.browsing = browsing;
    }

    @Override
    public List<McpTool> tools() {
        return List.of(
                McpTool.reading("resources_list", "List objects of a kind", "The objects of any kind, custom "
                        + "resources included, as a table with the columns kubectl shows, at most "
                        + TableQuery.MOST + " a page; 'continue' goes on where a page ended.",
                        McpInput.cluster().text("resource", RESOURCE, true)
                                .text("namespace", "Only this namespace; every namespace when left out.", false)
                                .text("selector", "A label selector (app=web,tier!=cache).", false)
                                .text("name", "Only objects whose name contains this.", false)
                                .integer("limit", "Objects a page, 1 to " + TableQuery.MOST + " (default "
                                        + TableQuery.DEFAULT_LIMIT + ").", false)
                                .text("continue", "Where the previous page ended, as it answered.", false),
                        (actor, args) -> TableJson.of(browsing.list(actor, args.cluster(), args.text("resource"),
                                args.textOrEmpty("namespace"), TableQuery.of(args.optionalText("selector"),
                                        args.optionalText("name"), args.optionalInteger("limit"),
                                        args.optionalText("continue"))))),
                McpTool.reading("resources_get", "Get an object", "One object with its labels, owners, what it "
                        + "owns and its YAML. A Secret's values are masked.",
                        McpInput.cluster().text("resource", RESOURCE, true).text("name", "The object's name.", true)
                                .text("namespace", "The object's namespace, for a kind that has them.", false),
                        (actor, args) -> ObjectJson.of(browsing.detail(actor, args.cluster(), args.text("resource"),
                                args.textOrEmpty("namespace"), args.text("name")))),
                McpTool.reading("events_list", "List events", "The events the cluster recorded, newest first, at "
                        + "most " + BrowseResourcesQuery.MOST_EVENTS + ": of a namespace, a kind or one object.",
                        McpInput.cluster().text("namespace", "Only this namespace.", false)
                                .text("resource", "Only events about objects of this kind.", false)
                                .text("name", "Only events about the object of this name.", false),
                        (actor, args) -> new EventsJson(browsing.events(actor, args.cluster(),
                                args.textOrEmpty("namespace"), args.textOrEmpty("resource"),
                                args.textOrEmpty("name")).stream().map(EventJson::of).toList())));
    }
}
