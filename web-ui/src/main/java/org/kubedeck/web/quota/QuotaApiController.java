package org.kubedeck.web.quota;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.quota.port.in.LimitRangesUseCase;
import org.kubedeck.application.quota.port.in.QuotasUseCase;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.LimitSpec.Limit;
import org.kubedeck.domain.quota.QuotaItem;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ResourceQuotas and LimitRanges, in the paths of the plan the module comes from. */
@RestController
class QuotaApiController {

    private final QuotasUseCase quotas;
    private final LimitRangesUseCase limitRanges;

    QuotaApiController(QuotasUseCase quotas, LimitRangesUseCase limitRanges) {
        this.quotas = quotas;
        this.limitRanges = limitRanges;
    }

    record QuotaRequest(String cluster, String namespace, String name, Map<String, String> hard) {
    }

    record QuotaJson(String name, Map<String, String> hard, Map<String, String> used) {

        static QuotaJson of(QuotaView quota) {
            return new QuotaJson(quota.name(), quota.hard(), quota.used());
        }
    }

    record Items<T>(List<T> items) {
    }

    record UsageJson(String resource, String used, String hard, double ratio) {

        static UsageJson of(QuotaItem item) {
            return new UsageJson(item.resource(), item.used(), item.hard(), item.ratio());
        }
    }

    /** Field names as in the Kubernetes object. */
    record LimitJson(String type, Map<String, String> max, Map<String, String> min,
            @JsonProperty("default") Map<String, String> defaultLimit,
            @JsonProperty("defaultRequest") Map<String, String> defaultRequest,
            @JsonProperty("maxLimitRequestRatio") Map<String, String> maxLimitRequestRatio) {

        static LimitJson of(Limit limit) {
            return new LimitJson(limit.type(), limit.max(), limit.min(), limit.defaultLimit(), limit.defaultRequest(),
                    limit.maxLimitRequestRatio());
        }

        Limit toDomain() {
            return new Limit(type, max, min, defaultLimit, defaultRequest, maxLimitRequestRatio);
        }
    }

    record LimitRangeRequest(String cluster, String namespace, String name, List<LimitJson> limits) {
    }

    record LimitRangeJson(String name, List<LimitJson> limits) {

        static LimitRangeJson of(LimitSpec spec) {
            return new LimitRangeJson(spec.name(), spec.limits().stream().map(LimitJson::of).toList());
        }
    }

    @GetMapping("/api/k8s/resourcequota/list")
    Items<QuotaJson> quotas(Actor actor, @RequestParam String cluster, @RequestParam String namespace) {
        return new Items<>(quotas.quotas(actor, ClusterParameter.namespace(cluster, namespace)).stream()
                .map(QuotaJson::of).toList());
    }

    @PostMapping("/api/k8s/resourcequota/create")
    ResponseEntity<QuotaJson> createQuota(Actor actor, @RequestBody QuotaRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(QuotaJson.of(quotas.createQuota(actor,
                ClusterParameter.namespace(body.cluster(), body.namespace()),
                new QuotaSpec(body.name(), body.hard()))));
    }

    @GetMapping("/api/k8s/resourcequota/{cluster}/{namespace}/{name}")
    QuotaJson quota(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name) {
        return QuotaJson.of(quotas.quota(actor, ClusterParameter.namespace(cluster, namespace), name));
    }

    @PutMapping("/api/k8s/resourcequota/{cluster}/{namespace}/{name}")
    QuotaJson updateQuota(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name, @RequestBody QuotaRequest body) {
        return QuotaJson.of(quotas.updateQuota(actor, ClusterParameter.namespace(cluster, namespace),
                new QuotaSpec(name, body.hard())));
    }

    @DeleteMapping("/api/k8s/resourcequota/{cluster}/{namespace}/{name}")
    ResponseEntity<Void> deleteQuota(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name) {
        quotas.deleteQuota(actor, ClusterParameter.namespace(cluster, namespace), name);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/k8s/resourcequota/{cluster}/{namespace}/{name}/usage")
    Items<UsageJson> usage(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name) {
        return new Items<>(quotas.quota(actor, ClusterParameter.namespace(cluster, namespace), name).items().stream()
                .map(UsageJson::of).toList());
    }

    @GetMapping("/api/k8s/limitrange/list")
    Items<LimitRangeJson> limitRanges(Actor actor, @RequestParam String cluster, @RequestParam String namespace) {
        return new Items<>(limitRanges.limitRanges(actor, ClusterParameter.namespace(cluster, namespace)).stream()
                .map(LimitRangeJson::of).toList());
    }

    @PostMapping("/api/k8s/limitrange/create")
    ResponseEntity<LimitRangeJson> createLimitRange(Actor actor, @RequestBody LimitRangeRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(LimitRangeJson.of(limitRanges.createLimitRange(actor,
                ClusterParameter.namespace(body.cluster(), body.namespace()), limitSpec(body.name(), body.limits()))));
    }

    @GetMapping("/api/k8s/limitrange/{cluster}/{namespace}/{name}")
    LimitRangeJson limitRange(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name) {
        return LimitRangeJson.of(limitRanges.limitRange(actor, ClusterParameter.namespace(cluster, namespace), name));
    }

    @PutMapping("/api/k8s/limitrange/{cluster}/{namespace}/{name}")
    LimitRangeJson updateLimitRange(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name, @RequestBody LimitRangeRequest body) {
        return LimitRangeJson.of(limitRanges.updateLimitRange(actor, ClusterParameter.namespace(cluster, namespace),
                limitSpec(name, body.limits())));
    }

    @DeleteMapping("/api/k8s/limitrange/{cluster}/{namespace}/{name}")
    ResponseEntity<Void> deleteLimitRange(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name) {
        limitRanges.deleteLimitRange(actor, ClusterParameter.namespace(cluster, namespace), name);
        return ResponseEntity.noContent().build();
    }

    private static LimitSpec limitSpec(String name, List<LimitJson> limits) {
        return new LimitSpec(name, limits == null ? null : limits.stream().map(LimitJson::toDomain).toList());
    }
}
