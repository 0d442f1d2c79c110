package org.kubedeck.web.resource;

import java.time.Instant;
import java.util.List;
import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.domain.resource.ObjectEvent;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The events a cluster recorded, newest first: of a namespace, of a kind, of one object. */
@RestController
class EventApiController {

    private final BrowseResourcesQuery browsing;

    EventApiController(BrowseResourcesQuery browsing) {
        this.browsing = browsing;
    }

    record EventJson(Instant time, String type, String reason, String message, int count, String source,
            String namespace, String object) {

        static EventJson of(ObjectEvent event) {
            return new EventJson(event.at(), event.type(), event.reason(), event.message(), event.count(),
                    event.source(), event.namespace(), event.object());
        }
    }

    record EventsJson(List<EventJson> events) {
    }

    /** Each filter optional: no {@code namespace}, every namespace; {@code resource} as kubectl names the kind. */
    @GetMapping("/api/k8s/events/{cluster}")
    EventsJson events(Actor actor, @PathVariable String cluster, @RequestParam(defaultValue = "") String namespace,
            @RequestParam(defaultValue = "") String resource, @RequestParam(defaultValue = "") String name) {
        return new EventsJson(browsing.events(actor, ClusterParameter.of(cluster), namespace, resource, name)
                .stream().map(EventJson::of).toList());
    }
}
