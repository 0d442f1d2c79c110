package org.kubedeck.web.quota;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.quota.port.in.LimitRangesUseCase;
import org.kubedeck.application.quota.port.in.QuotaPressureQuery;
import org.kubedeck.application.quota.port.in.QuotaPressureQuery.QuotaTrend;
import org.kubedeck.application.quota.port.in.QuotasUseCase;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.KeyValues;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.LimitSpec.Limit;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Flash;
import org.kubedeck.web.support.NamespacePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for a namespace's quotas and limit ranges (usage as bars, with a week's trend), and quota pressure. */
@Controller
class QuotaController {

    /** How far back the small usage lines on the quota page reach. */
    static final int TREND_DAYS = 7;

    private final QuotasUseCase quotas;
    /** The id of the form that saves a limit range, where a refused one reopens. */
    static final String LIMITS_FORM = "new-limit-range";

    private final LimitRangesUseCase limitRanges;
    private final QuotaPressureQuery pressure;
    private final NamespacePages pages;

    QuotaController(QuotasUseCase quotas, LimitRangesUseCase limitRanges, QuotaPressureQuery pressure,
            NamespacePages pages) {
        this.quotas = quotas;
        this.limitRanges = limitRanges;
        this.pressure = pressure;
        this.pages = pages;
    }

    @GetMapping("/quotas/{cluster}/{namespace}")
    String quotas(Actor actor, @PathVariable String cluster, @PathVariable String namespace, Model model) {
        ClusterName name = ClusterName.of(cluster);
        NamespaceRef where = NamespaceRef.of(name, namespace);
        List<QuotaView> found = quotas.quotas(actor, where);
        model.addAttribute("quotas", found);
        Map<String, String> trends = new LinkedHashMap<>();
        for (QuotaView quota : found) {
            Map<String, List<Double>> byResource = new LinkedHashMap<>();
            pressure.trend(actor, new QuotaTrend(where, quota.name(), TREND_DAYS)).forEach(sample -> byResource
                    .computeIfAbsent(sample.resource(), r -> new ArrayList<>()).add(sample.ratio()));
            byResource.forEach((resource, ratios) -> trends.put(quota.name() + "/" + resource,
                    Sparkline.points(ratios)));
        }
        model.addAttribute("trends", trends);
        model.addAttribute("trendDays", TREND_DAYS);
        model.addAttribute("limitRanges", limitRanges.limitRanges(actor, where));
        return pages.page(actor, name, namespace, model, "quota/list");
    }

    /** Quota items at or above the warning threshold on every cluster the user may see. */
    @GetMapping("/quotas/pressure")
    String pressurePage(Actor actor, Model model) {
        model.addAttribute("items", pressure.pressure(actor));
        return "quota/pressure";
    }

    /** {@code hard} is one line per resource: {@code requests.cpu=4}. */
    @PostMapping("/quotas/{cluster}/{namespace}")
    String saveQuota(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String hard,
            @RequestParam(defaultValue = "false") boolean update, RedirectAttributes redirect) {
        String form = update ? "quota-" + name.trim() : "new-quota";
        return Flash.redirectAfter(redirect, update ? "quotas.updated" : "quotas.created",
                quotasPath(cluster, namespace), form, Map.of("name", name, "hard", hard), () -> {
            QuotaSpec spec = new QuotaSpec(name.trim(), KeyValues.parse("hard", hard));
            if (update) {
                quotas.updateQuota(actor, NamespaceRef.of(ClusterName.of(cluster), namespace), spec);
            } else {
                quotas.createQuota(actor, NamespaceRef.of(ClusterName.of(cluster), namespace), spec);
            }
        });
    }

    @PostMapping("/quotas/{cluster}/{namespace}/{name}/delete")
    String deleteQuota(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "quotas.deleted", quotasPath(cluster, namespace),
                () -> quotas.deleteQuota(actor, NamespaceRef.of(ClusterName.of(cluster), namespace), name));
    }

    /** One limit of the given type; each map is one line per resource. */
    @PostMapping("/quotas/{cluster}/{namespace}/limits")
    String saveLimitRange(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "Container") String type,
            @RequestParam(defaultValue = "") String max, @RequestParam(defaultValue = "") String min,
            @RequestParam(name = "default", defaultValue = "") String defaultLimit,
            @RequestParam(defaultValue = "") String defaultRequest, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("name", name, "type", type, "max", max, "min", min, "default",
                defaultLimit, "defaultRequest", defaultRequest);
        return Flash.redirectAfter(redirect, "quotas.limitsSaved", quotasPath(cluster, namespace), LIMITS_FORM,
                typed, () -> {
                    LimitSpec spec = new LimitSpec(name.trim(), List.of(new Limit(type, KeyValues.parse("max", max),
                            KeyValues.parse("min", min), KeyValues.parse("default", defaultLimit),
                            KeyValues.parse("defaultRequest", defaultRequest), Map.of())));
                    NamespaceRef where = NamespaceRef.of(ClusterName.of(cluster), namespace);
                    boolean exists = limitRanges.limitRanges(actor, where).stream()
                            .anyMatch(existing -> existing.name().equals(spec.name()));
                    if (exists) {
                        limitRanges.updateLimitRange(actor, where, spec);
                    } else {
                        limitRanges.createLimitRange(actor, where, spec);
                    }
                });
    }

    @PostMapping("/quotas/{cluster}/{namespace}/limits/{name}/delete")
    String deleteLimitRange(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "quotas.limitsDeleted", quotasPath(cluster, namespace),
                () -> limitRanges.deleteLimitRange(actor, NamespaceRef.of(ClusterName.of(cluster), namespace), name));
    }

    private static String quotasPath(String cluster, String namespace) {
        return "/quotas/" + cluster + "/" + namespace;
    }
}
