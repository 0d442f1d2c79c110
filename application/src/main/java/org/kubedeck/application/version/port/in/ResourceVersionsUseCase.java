package org.kubedeck.application.version.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionHistory.SideBySideRow;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;

/**
 * A resource's YAML and its history: viewing (read on the cluster), editing, rolling back and tagging (write).
 * A version id that belongs to a cluster the actor may not see answers as if it did not exist.
 */
public interface ResourceVersionsUseCase {

    /** The objects of the supported kinds in a namespace, by kind then name (read on the cluster). */
    List<ResourceRef> objects(Actor actor, ClusterName cluster, String namespace);

    /**
     * The resource as it is now. Starts its history when it has none, and records a change made outside the
     * console since the latest version (author {@value YamlVersion#EXTERNAL}).
     */
    ResourceView view(Actor actor, ResourceRef resource);

    /**
     * Applies the edited YAML if the resource is still at {@code resourceVersion}, and records the result as a
     * version with the note. ConflictException when it changed meanwhile; InvalidInputException (field
     * {@code yaml}) when the YAML does not parse, names another object, or the cluster refuses it.
     */
    ResourceView edit(Actor actor, ResourceRef resource, String yaml, String resourceVersion, String note);

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

    /** Applies the version's YAML to the resource as it is now; the result is recorded as a new version. */
    YamlVersion rollback(Actor actor, String id);

    YamlVersion tag(Actor actor, String id, String tag);

    /**
     * @param resourceVersion what an edit must name, for optimistic concurrency
     * @param version         the number of the latest version, which this state is
     */
    record ResourceView(ResourceRef resource, String yaml, String resourceVersion, int version) {
    }

    record VersionDiff(YamlVersion from, YamlVersion to, String unified, List<SideBySideRow> rows) {
    }
}
