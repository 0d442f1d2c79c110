package org.kubedeck.adapters.k8s.workload;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.unified.port.out.WatchedObjects;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ResourceTable;
import org.springframework.stereotype.Component;

/** {@link WatchedObjects} from the pod console's namespace caches, as {@link WorkloadInformerAdapter} keeps them. */
@Component
class WatchedObjectsAdapter implements WatchedObjects {

    private final WorkloadInformerAdapter informers;

    WatchedObjectsAdapter(WorkloadInformerAdapter informers) {
        this.informers = informers;
    }

    @Override
    public Optional<List<ResourceTable.Row>> watched(ClusterAccess cluster, ResourceKind kind, String namespace,
            String name, LabelSelector selector) {
        String part = name.toLowerCase(Locale.ROOT);
        return informers.live(cluster, namespace).flatMap(cache -> cache.objects(kind))
                .map(objects -> objects.stream()
                        .filter(object -> object.getMetadata().getName().toLowerCase(Locale.ROOT).contains(part))
                        .map(WatchedObjectsAdapter::row)
                        .filter(row -> selector.matches(row.labels())).toList());
    }

    private static ResourceTable.Row row(KubernetesObject object) {
        V1ObjectMeta metadata = object.getMetadata();
        Map<String, String> labels = metadata.getLabels() == null ? Map.of() : metadata.getLabels();
        Instant created = metadata.getCreationTimestamp() == null ? null
                : metadata.getCreationTimestamp().toInstant();
        return new ResourceTable.Row(metadata.getName(), metadata.getNamespace(), created, labels, List.of());
    }
}
