package org.kubedeck.domain.kube;

import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;

/**
 * The kinds a cluster serves and lets be listed, built-in and custom alike, at their preferred versions, as its
 * discovery names them; sorted as the console lists kinds.
 */
public record ServedKinds(List<ResourceKind> kinds) {

    public ServedKinds {
        kinds = kinds.stream().sorted().toList();
    }

    /**
     * By kubectl's name for it: the plural, with its group where it has one ({@code configmaps},
     * {@code deployments.apps}, {@code widgets.example.com}). NotFoundException for a name the cluster does not serve.
     */
    public ResourceKind find(String resource) {
        return kinds.stream().filter(kind -> kind.resource().equals(resource)).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("kube.resourceNotServed",
                        "The cluster serves no resource '{0}'.", resource)));
    }

    /** The kind of that group and manifest kind ({@code apps}, {@code ReplicaSet}), as an owner reference names it. */
    public Optional<ResourceKind> byKind(String group, String kind) {
        return kinds.stream().filter(served -> served.group().equals(group) && served.kind().equals(kind))
                .findFirst();
    }
}
