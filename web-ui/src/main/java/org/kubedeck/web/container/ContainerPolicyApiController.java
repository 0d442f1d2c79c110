package org.kubedeck.web.container;

import org.kubedeck.application.container.port.in.ContainerPolicyUseCase;
import org.kubedeck.domain.container.ContainerPolicy;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What a cluster allows in its containers: read by its readers, set by its admins. */
@RestController
class ContainerPolicyApiController {

    private final ContainerPolicyUseCase policies;

    ContainerPolicyApiController(ContainerPolicyUseCase policies) {
        this.policies = policies;
    }

    record PolicyJson(Boolean exec, Boolean files, Boolean recordTranscripts) {

        static PolicyJson of(ContainerPolicy policy) {
            return new PolicyJson(policy.exec(), policy.files(), policy.recordTranscripts());
        }

        /** What the body leaves out stays as it was. */
        ContainerPolicy over(ContainerPolicy before) {
            return new ContainerPolicy(exec == null ? before.exec() : exec, files == null ? before.files() : files,
                    recordTranscripts == null ? before.recordTranscripts() : recordTranscripts);
        }
    }

    @GetMapping("/api/k8s/containers/{cluster}/policy")
    PolicyJson policy(Actor actor, @PathVariable String cluster) {
        return PolicyJson.of(policies.policy(actor, ClusterParameter.of(cluster)));
    }

    @PutMapping("/api/k8s/containers/{cluster}/policy")
    PolicyJson change(Actor actor, @PathVariable String cluster, @RequestBody PolicyJson body) {
        ContainerPolicy before = policies.policy(actor, ClusterParameter.of(cluster));
        return PolicyJson.of(policies.change(actor, ClusterParameter.of(cluster), body.over(before)));
    }
}
