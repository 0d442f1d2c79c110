package org.kubedeck.web.capacity;

import java.math.BigDecimal;
import org.kubedeck.application.capacity.port.in.AnalyzeCapacityQuery;
import org.kubedeck.application.capacity.port.in.AnalyzeCapacityQuery.CapacityCommand;
import org.kubedeck.application.capacity.port.in.CapacitySettingsUseCase;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.capacity.NamespaceBudget;
import org.kubedeck.domain.capacity.Prices;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cluster's (or a namespace's) capacity page: nodes' requests and limits against what they hold, namespaces' and
 * workloads' requests, usage and cost, and for the cluster's admins the prices and budgets.
 */
@Controller
class CapacityController {

    private final AnalyzeCapacityQuery analysis;
    private final CapacitySettingsUseCase settings;

    CapacityController(AnalyzeCapacityQuery analysis, CapacitySettingsUseCase settings) {
        this.analysis = analysis;
        this.settings = settings;
    }

    @GetMapping("/capacity/{cluster}")
    String page(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String namespace, Model model) {
        CapacityCommand command = new CapacityCommand(page.name(), namespace);
        model.addAttribute("namespace", command.namespace());
        model.addAttribute("report", analysis.analyze(actor, command));
        model.addAttribute("settings", settings.settings(actor, page.name()));
        return "capacity/page";
    }

    @PostMapping("/capacity/{cluster}/prices")
    String prices(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String scanned,
            @RequestParam(defaultValue = "") String cpuCoreHour, @RequestParam(defaultValue = "") String memoryGibHour,
            @RequestParam(defaultValue = "") String storageGibMonth, @RequestParam(defaultValue = "") String currency,
            RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "capacity.pricesSet", back(page, scanned), () -> settings.setPrices(
                actor, page.name(), new Prices(number("cpu_core_hour", cpuCoreHour),
                        number("memory_gib_hour", memoryGibHour), number("storage_gib_month", storageGibMonth),
                        currency)));
    }

    @PostMapping("/capacity/{cluster}/budgets")
    String budget(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String scanned,
            @RequestParam(defaultValue = "") String budgetNamespace, @RequestParam(defaultValue = "") String monthly,
            RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "capacity.budgetSet", back(page, scanned), () -> settings.setBudget(
                actor, page.name(), new NamespaceBudget(budgetNamespace, number("monthly", monthly))));
    }

    @PostMapping("/capacity/{cluster}/budgets/{namespace}/remove")
    String removeBudget(Actor actor, ClusterPage page, @PathVariable String namespace,
            @RequestParam(defaultValue = "") String scanned, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "capacity.budgetRemoved", back(page, scanned),
                () -> settings.removeBudget(actor, page.name(), namespace));
    }

    /** A price or an amount as typed: blank is 0. */
    private static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Message.of("capacity.notNumber", "{0} is not a number: {1}",
                    field, text));
        }
    }

    private static String back(ClusterPage page, String namespace) {
        return page.section("capacity", namespace);
    }
}
