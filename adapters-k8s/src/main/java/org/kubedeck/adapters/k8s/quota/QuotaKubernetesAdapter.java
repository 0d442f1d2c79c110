package org.kubedeck.adapters.k8s.quota;

import static org.kubedeck.adapters.k8s.QuantityMaps.quantities;
import static org.kubedeck.adapters.k8s.QuantityMaps.text;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1LimitRange;
import io.kubernetes.client.openapi.models.V1LimitRangeItem;
import io.kubernetes.client.openapi.models.V1LimitRangeSpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1ResourceQuota;
import io.kubernetes.client.openapi.models.V1ResourceQuotaSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.adapters.k8s.QuantityMaps;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.LimitSpec.Limit;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;
import org.springframework.stereotype.Component;


/**
 * ResourceQuotas and LimitRanges through client-java's typed API. Every answer is one {@link KubernetesCalls#call};
 * what the API server refuses is translated by {@link ObjectRequests}.
 *
 * <p>Quantities come back in client-java's canonical form (see {@link QuantityMaps}). What a create or replace
 * returns is read from the cluster's answer, so it is what {@link #quota} and {@link #limitRange} give afterwards.
 */
@Component
class QuotaKubernetesAdapter implements QuotaCluster {

    private static final ObjectRequests QUOTAS = new ObjectRequests("hard", "quota");
    private static final ObjectRequests LIMIT_RANGES = new ObjectRequests("limits", "limit range");

    private final KubernetesCalls calls;

    QuotaKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<QuotaView> quotas(ClusterAccess cluster, String namespace) {
        return calls.call(cluster, QUOTAS.translated(Verb.LIST, Subject.all(ResourceKind.RESOURCEQUOTA, namespace),
                        client -> new CoreV1Api(client).listNamespacedResourceQuota(namespace).execute()))
                .getItems().stream()
                .map(QuotaKubernetesAdapter::view)
                .sorted(Comparator.comparing(QuotaView::name))
                .toList();
    }

    @Override
    public List<NamespacedQuota> everyQuota(ClusterAccess cluster) {
        return calls.call(cluster, QUOTAS.translated(Verb.LIST, Subject.all(ResourceKind.RESOURCEQUOTA, null),
                        client -> new CoreV1Api(client).listResourceQuotaForAllNamespaces().execute()))
                .getItems().stream()
                .map(quota -> new NamespacedQuota(quota.getMetadata().getNamespace(), view(quota)))
                .sorted(Comparator.comparing(NamespacedQuota::namespace)
                        .thenComparing(namespaced -> namespaced.quota().name()))
                .toList();
    }

    @Override
    public Optional<QuotaView> quota(ClusterAccess cluster, String namespace, String name) {
        return calls.call(cluster, QUOTAS.ifExists(quotaNamed(namespace, name),
                        client -> new CoreV1Api(client).readNamespacedResourceQuota(name, namespace).execute()))
                .map(QuotaKubernetesAdapter::view);
    }

    @Override
    public QuotaView createQuota(ClusterAccess cluster, String namespace, QuotaSpec spec) {
        V1ResourceQuota quota = new V1ResourceQuota().apiVersion("v1").kind("ResourceQuota")
                .metadata(new V1ObjectMeta().name(spec.name()))
                .spec(new V1ResourceQuotaSpec().hard(quantities(spec.hard())));
        return view(calls.call(cluster, QUOTAS.translated(Verb.CREATE, quotaNamed(namespace, spec.name()),
                client -> new CoreV1Api(client).createNamespacedResourceQuota(namespace, quota).execute())));
    }

    /** Read and written back at the version read, so a change made in between is refused, not overwritten. */
    @Override
    public QuotaView replaceQuota(ClusterAccess cluster, String namespace, QuotaSpec spec) {
        return view(calls.call(cluster, QUOTAS.translated(Verb.UPDATE, quotaNamed(namespace, spec.name()), client -> {
            CoreV1Api core = new CoreV1Api(client);
            V1ResourceQuota quota = core.readNamespacedResourceQuota(spec.name(), namespace).execute();
            if (quota.getSpec() == null) {
                quota.setSpec(new V1ResourceQuotaSpec());
            }
            quota.getSpec().setHard(quantities(spec.hard()));
            return core.replaceNamespacedResourceQuota(spec.name(), namespace, quota).execute();
        })));
    }

    @Override
    public void deleteQuota(ClusterAccess cluster, String namespace, String name) {
        calls.call(cluster, QUOTAS.translated(Verb.DELETE, quotaNamed(namespace, name),
                client -> new CoreV1Api(client).deleteNamespacedResourceQuota(name, namespace).execute()));
    }

    @Override
    public List<LimitSpec> limitRanges(ClusterAccess cluster, String namespace) {
        return calls.call(cluster, LIMIT_RANGES.translated(Verb.LIST, Subject.all(ResourceKind.LIMITRANGE, namespace),
                        client -> new CoreV1Api(client).listNamespacedLimitRange(namespace).execute()))
                .getItems().stream()
                .map(QuotaKubernetesAdapter::spec)
                .sorted(Comparator.comparing(LimitSpec::name))
                .toList();
    }

    @Override
    public Optional<LimitSpec> limitRange(ClusterAccess cluster, String namespace, String name) {
        return calls.call(cluster, LIMIT_RANGES.ifExists(limitRangeNamed(namespace, name),
                        client -> new CoreV1Api(client).readNamespacedLimitRange(name, namespace).execute()))
                .map(QuotaKubernetesAdapter::spec);
    }

    @Override
    public LimitSpec createLimitRange(ClusterAccess cluster, String namespace, LimitSpec spec) {
        V1LimitRange limitRange = new V1LimitRange().apiVersion("v1").kind("LimitRange")
                .metadata(new V1ObjectMeta().name(spec.name()))
                .spec(new V1LimitRangeSpec().limits(items(spec)));
        return spec(calls.call(cluster, LIMIT_RANGES.translated(Verb.CREATE, limitRangeNamed(namespace, spec.name()),
                client -> new CoreV1Api(client).createNamespacedLimitRange(namespace, limitRange).execute())));
    }

    /** Read and written back at the version read, like {@link #replaceQuota}. */
    @Override
    public LimitSpec replaceLimitRange(ClusterAccess cluster, String namespace, LimitSpec spec) {
        Subject subject = limitRangeNamed(namespace, spec.name());
        return spec(calls.call(cluster, LIMIT_RANGES.translated(Verb.UPDATE, subject, client -> {
            CoreV1Api core = new CoreV1Api(client);
            V1LimitRange limitRange = core.readNamespacedLimitRange(spec.name(), namespace).execute();
            limitRange.setSpec(new V1LimitRangeSpec().limits(items(spec)));
            return core.replaceNamespacedLimitRange(spec.name(), namespace, limitRange).execute();
        })));
    }

    @Override
    public void deleteLimitRange(ClusterAccess cluster, String namespace, String name) {
        calls.call(cluster, LIMIT_RANGES.translated(Verb.DELETE, limitRangeNamed(namespace, name),
                client -> new CoreV1Api(client).deleteNamespacedLimitRange(name, namespace).execute()));
    }

    private static Subject quotaNamed(String namespace, String name) {
        return Subject.object(ResourceKind.RESOURCEQUOTA, namespace, name);
    }

    private static Subject limitRangeNamed(String namespace, String name) {
        return Subject.object(ResourceKind.LIMITRANGE, namespace, name);
    }

    private static QuotaView view(V1ResourceQuota quota) {
        return new QuotaView(quota.getMetadata().getName(),
                text(quota.getSpec() == null ? null : quota.getSpec().getHard()),
                text(quota.getStatus() == null ? null : quota.getStatus().getUsed()));
    }

    private static LimitSpec spec(V1LimitRange limitRange) {
        List<V1LimitRangeItem> items = limitRange.getSpec() == null || limitRange.getSpec().getLimits() == null
                ? List.of() : limitRange.getSpec().getLimits();
        return new LimitSpec(limitRange.getMetadata().getName(), items.stream()
                .map(item -> new Limit(item.getType(), text(item.getMax()), text(item.getMin()),
                        text(item.getDefault()), text(item.getDefaultRequest()),
                        text(item.getMaxLimitRequestRatio())))
                .toList());
    }

    private static List<V1LimitRangeItem> items(LimitSpec spec) {
        return spec.limits().stream()
                .map(limit -> new V1LimitRangeItem().type(limit.type())
                        .max(quantities(limit.max()))
                        .min(quantities(limit.min()))
                        ._default(quantities(limit.defaultLimit()))
                        .defaultRequest(quantities(limit.defaultRequest()))
                        .maxLimitRequestRatio(quantities(limit.maxLimitRequestRatio())))
                .toList();
    }
}
