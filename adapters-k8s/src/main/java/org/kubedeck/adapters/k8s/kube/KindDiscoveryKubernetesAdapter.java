package org.kubedeck.adapters.k8s.kube;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.ApisApi;
import io.kubernetes.client.openapi.apis.AuthorizationV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1APIGroup;
import io.kubernetes.client.openapi.models.V1APIResource;
import io.kubernetes.client.openapi.models.V1APIResourceList;
import io.kubernetes.client.openapi.models.V1SelfSubjectRulesReview;
import io.kubernetes.client.openapi.models.V1SelfSubjectRulesReviewSpec;
import io.kubernetes.client.openapi.models.V1SubjectRulesReviewStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.application.kube.port.out.KindDiscovery;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ListRules;
import org.kubedeck.domain.kube.ListRules.Rule;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ServedKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API server's discovery ({@code /api/v1}, {@code /apis} and each group's preferred version), read again when
 * the answer is older than {@link #FRESH}: a custom resource definition created or deleted shows within that time,
 * with no watch to keep. Subresources ({@code pods/log}) and kinds that cannot be listed are left out. A group whose
 * server does not answer (an aggregated API that is down) is left out and logged, and the others still answer.
 */
@Component
class KindDiscoveryKubernetesAdapter implements KindDiscovery {

    static final Duration FRESH = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(KindDiscoveryKubernetesAdapter.class);

    private final KubernetesCalls calls;
    private final Map<ClusterName, Discovered> discovered = new ConcurrentHashMap<>();

    KindDiscoveryKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    /** @param at {@link System#nanoTime()} when it was read: elapsed time, whatever the console's clock says */
    private record Discovered(ServedKinds kinds, long at) {
    }

    @Override
    public ServedKinds kinds(ClusterAccess cluster) {
        long now = System.nanoTime();
        Discovered known = discovered.get(cluster.name());
        if (known != null && now - known.at() < FRESH.toNanos()) {
            return known.kinds();
        }
        ServedKinds kinds = calls.call(cluster, KindDiscoveryKubernetesAdapter::discover);
        discovered.put(cluster.name(), new Discovered(kinds, now));
        return kinds;
    }

    /**
     * A rules review is open to every authenticated user; a server that refuses it (an old or locked-down one)
     * leaves the rules unknown rather than failing the page.
     */
    @Override
    public ListRules rules(ClusterAccess cluster, String namespace) {
        V1SelfSubjectRulesReview review = new V1SelfSubjectRulesReview().spec(
                new V1SelfSubjectRulesReviewSpec().namespace(namespace));
        return calls.call(cluster, client -> {
            try {
                V1SubjectRulesReviewStatus status = new AuthorizationV1Api(client).createSelfSubjectRulesReview(review)
                        .execute().getStatus();
                if (status == null) {
                    return ListRules.unknown(namespace);
                }
                List<Rule> rules = status.getResourceRules().stream().map(rule -> new Rule(
                        rule.getVerbs() == null ? List.of() : rule.getVerbs(),
                        rule.getApiGroups() == null ? List.of() : rule.getApiGroups(),
                        rule.getResources() == null ? List.of() : rule.getResources())).toList();
                return new ListRules(namespace, rules, Boolean.TRUE.equals(status.getIncomplete()));
            } catch (ApiException e) {
                if (e.getCode() == 0) {
                    throw e;
                }
                log.info("The cluster {} answered its rules review with HTTP {}", cluster.name(), e.getCode());
                return ListRules.unknown(namespace);
            }
        });
    }

    private static ServedKinds discover(ApiClient client) throws ApiException {
        List<ResourceKind> kinds = new ArrayList<>();
        add(kinds, "", "v1", new CoreV1Api(client).getAPIResources().execute());
        CustomObjectsApi groups = new CustomObjectsApi(client);
        for (V1APIGroup group : new ApisApi(client).getAPIVersions().execute().getGroups()) {
            if (group.getPreferredVersion() == null) {
                continue;
            }
            String version = group.getPreferredVersion().getVersion();
            try {
                add(kinds, group.getName(), version, groups.getAPIResources(group.getName(), version).execute());
            } catch (ApiException e) {
                if (e.getCode() == 0) {
                    throw e;
                }
                log.info("Group {}/{} of {} did not answer its discovery (HTTP {}); its kinds are left out",
                        group.getName(), version, client.getBasePath(), e.getCode());
            }
        }
        return new ServedKinds(kinds);
    }

    private static void add(List<ResourceKind> kinds, String group, String version, V1APIResourceList resources) {
        for (V1APIResource resource : resources.getResources()) {
            if (resource.getName().contains("/") || resource.getVerbs() == null
                    || !resource.getVerbs().contains("list")) {
                continue;
            }
            kinds.add(ResourceKind.discovered(group, version, resource.getName(), resource.getKind(),
                    resource.getNamespaced()));
        }
    }
}
