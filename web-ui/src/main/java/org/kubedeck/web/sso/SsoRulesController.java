package org.kubedeck.web.sso;

import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.sso.port.in.GroupRulesUseCase;
import org.kubedeck.domain.sso.GroupRule;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.security.SsoSettings;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of single sign-on group rules, {@code /admin/sso}: which groups of the provider may do what. */
@Controller
class SsoRulesController {

    private static final String PAGE = "/admin/sso";

    private final GroupRulesUseCase rules;
    private final ClusterQuery clusters;
    private final SsoSettings sso;

    SsoRulesController(GroupRulesUseCase rules, ClusterQuery clusters, SsoSettings sso) {
        this.rules = rules;
        this.clusters = clusters;
        this.sso = sso;
    }

    @GetMapping(PAGE)
    String page(Actor actor, Model model) {
        model.addAttribute("rules", rules.rules(actor));
        model.addAttribute("clusters", clusters.visibleClusters(actor));
        model.addAttribute("sso", sso);
        return "sso/rules";
    }

    /** {@code cluster} empty: every cluster. */
    @PostMapping(PAGE)
    String set(Actor actor, @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String cluster, @RequestParam(defaultValue = "read") String level,
            RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "sso.ruleSet", PAGE, () -> rules.set(actor,
                new GroupRule(group, SsoRulesApiController.cluster(cluster), AccessLevel.parse(level))));
    }

    @PostMapping(PAGE + "/remove")
    String remove(Actor actor, @RequestParam String group, @RequestParam(defaultValue = "") String cluster,
            RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "sso.ruleRemoved", PAGE,
                () -> rules.remove(actor, group, SsoRulesApiController.cluster(cluster)));
    }
}
