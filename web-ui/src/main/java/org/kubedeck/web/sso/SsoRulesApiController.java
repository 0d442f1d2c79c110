package org.kubedeck.web.sso;

import java.util.List;
import org.kubedeck.application.sso.port.in.GroupRulesUseCase;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.sso.GroupRule;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The single sign-on group rules; global administrators only. */
@RestController
@RequestMapping("/api/admin/sso/rules")
class SsoRulesApiController {

    private final GroupRulesUseCase rules;

    SsoRulesApiController(GroupRulesUseCase rules) {
        this.rules = rules;
    }

    /** {@code cluster}: null or left out for every cluster; {@code level}: read, write or admin. */
    record RuleJson(String group, String cluster, String level) {

        static RuleJson of(GroupRule rule) {
            return new RuleJson(rule.group(), rule.everywhere() ? null : rule.cluster().value(), rule.level().code());
        }

        GroupRule rule() {
            return new GroupRule(group, SsoRulesApiController.cluster(cluster), AccessLevel.parse(level));
        }
    }

    record RulesJson(List<RuleJson> rules) {
    }

    @GetMapping
    RulesJson list(Actor actor) {
        return new RulesJson(rules.rules(actor).stream().map(RuleJson::of).toList());
    }

    /** Adds the rule, or changes the level of the group's rule on the same cluster. */
    @PutMapping
    RuleJson set(Actor actor, @RequestBody RuleJson body) {
        GroupRule rule = body.rule();
        rules.set(actor, rule);
        return RuleJson.of(rule);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @RequestParam String group, @RequestParam(defaultValue = "") String cluster) {
        rules.remove(actor, group, cluster(cluster));
    }

    /** Empty or absent: every cluster. */
    static ClusterName cluster(String name) {
        return name == null || name.isBlank() ? null : ClusterParameter.of(name);
    }
}
