package org.kubedeck.application.version.port.in;

import java.util.List;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionHistory.SideBySideRow;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;

/**
 * A resource's YAML and its history, read on the cluster. A version id that belongs to a cluster the actor may not
 * see answers as if it did not exist. Editing, rolling back and tagging are use cases of their own.
 */
public interface ResourceVersionsQuery {

    /** The objects of the supported kinds in a namespace, by kind then name (read on the cluster). */
    List<ResourceRef> objects(Actor actor, NamespaceRef namespace);

    /**
     * The resource as it is now. Starts its history when it has none, and records a change made outside the
     * console since the latest version (author {@value YamlVersion#EXTERNAL}).
     */
    ResourceView view(Actor actor, ResourceRef resource);

    /** Newest first; viewing starts the history when there is none. */
    List<YamlVersion> versions(Actor actor, ResourceRef resource);

    /**
     * The versions recorded so far, newest first, without looking at the cluster: for a page that has just
     * viewed the resource.
     */
    List<YamlVersion> history(Actor actor, ResourceRef resource);

    YamlVersion version(Actor actor, String id);

    /** From {@code fromId} to {@code toId}, two versions of one resource. */
    VersionDiff diff(Actor actor, String fromId, String toId);

    /**
     * @param resourceVersion what an edit must name, for optimistic concurrency
     * @param version         the number of the latest version, which this state is
     */
    record ResourceView(ResourceRef resource, String yaml, String resourceVersion, int version) {
    }

    record VersionDiff(YamlVersion from, YamlVersion to, String unified, List<SideBySideRow> rows) {
    }
}
