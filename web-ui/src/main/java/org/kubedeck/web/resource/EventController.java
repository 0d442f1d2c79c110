package org.kubedeck.web.resource;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.domain.resource.ObjectEvent;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A namespace's events (or the cluster's), newest first, warnings highlighted; the table reloads itself every few
 * seconds without counting as activity of the session.
 */
@Controller
class EventController {

    private final BrowseResourcesQuery browsing;
    private final Clock clock;

    EventController(BrowseResourcesQuery browsing, Clock clock) {
        this.browsing = browsing;
        this.clock = clock;
    }

    @GetMapping("/events/{cluster}")
    String events(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String namespace,
            @RequestParam(defaultValue = "false") boolean warnings, HttpServletRequest request, Model model) {
        model.addAttribute("namespace", namespace);
        model.addAttribute("warnings", warnings);
        model.addAttribute("now", clock.instant());
        Attempt.of(() -> {
            List<ObjectEvent> found = browsing.events(actor, page.name(), namespace, "", "");
            return warnings ? found.stream().filter(ObjectEvent::warning).toList() : found;
        }).into(model, "events", "refused");
        return Htmx.isHtmx(request) ? "resource/events :: eventTable" : "resource/events";
    }
}
