package org.kubedeck.adapters.k8s.kube;

import com.google.gson.JsonObject;
import org.kubedeck.application.kube.port.out.ResourceCluster.SecretMask;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;

/** An object as the API server answered it, in the form its history records: YAML without what the cluster owns. */
public final class LiveResources {

    private LiveResources() {
    }

    static LiveResource of(ResourceKind kind, JsonObject stored, SecretMask mask) {
        JsonObject normalized = ResourceYaml.normalized(ResourceYaml.withTypeMeta(stored, kind));
        String manifest = ResourceYaml.text(normalized);
        String yaml = kind.equals(ResourceKind.SECRET) ? ResourceYaml.text(ResourceYaml.masked(normalized, mask))
                : manifest;
        return new LiveResource(kind, ResourceYaml.string(stored, "metadata", "name"),
                ResourceYaml.string(stored, "metadata", "resourceVersion"), yaml, manifest,
                ResourceYaml.lastManager(stored));
    }

    /** For every kind but Secret, whose values need a mask. */
    public static LiveResource of(ResourceKind kind, JsonObject stored) {
        if (kind.equals(ResourceKind.SECRET)) {
            throw new IllegalArgumentException("A Secret's answer needs its values masked");
        }
        return of(kind, stored, null);
    }
}
