package org.kubedeck.web.label;

import java.util.List;
import java.util.UUID;
import org.kubedeck.application.label.port.in.LabelPoliciesUseCase;
import org.kubedeck.application.label.port.in.LabelPoliciesUseCase.SetPolicyCommand;
import org.kubedeck.domain.label.LabelPolicy;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A cluster's label policies: read by its readers, set and removed by its admins. */
@RestController
@RequestMapping("/api/k8s/labels/policies")
class LabelPoliciesApiController {

    private final LabelPoliciesUseCase policies;

    LabelPoliciesApiController(LabelPoliciesUseCase policies) {
        this.policies = policies;
    }

    /** {@code kinds}: as the console names kinds ({@code deployment}, {@code services}). */
    record PolicyRequest(String cluster, String key, List<String> kinds, List<String> allowed, String pattern) {
    }

    /** {@code kinds} as the API names them ({@code deployments.apps}), as scans report them. */
    record PolicyJson(UUID id, String key, List<String> kinds, List<String> allowed, String pattern) {

        static PolicyJson of(LabelPolicy policy) {
            return new PolicyJson(policy.id(), policy.key(), policy.kinds(), policy.allowed(), policy.pattern());
        }
    }

    record PoliciesJson(List<PolicyJson> policies) {
    }

    @GetMapping
    PoliciesJson list(Actor actor, @RequestParam String cluster) {
        return new PoliciesJson(policies.policies(actor, ClusterParameter.of(cluster)).stream().map(PolicyJson::of)
                .toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PolicyJson set(Actor actor, @RequestBody PolicyRequest body) {
        return PolicyJson.of(policies.set(actor, new SetPolicyCommand(ClusterParameter.of(body.cluster()), body.key(),
                body.kinds(), body.allowed(), body.pattern())));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @PathVariable UUID id, @RequestParam String cluster) {
        policies.remove(actor, ClusterParameter.of(cluster), id);
    }
}
