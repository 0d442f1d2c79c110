package org.kubedeck.domain.rollout;

import java.time.Instant;
import java.util.List;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * One revision of a Deployment's rollout: the ReplicaSet the Deployment controller made for one pod template, as
 * {@code kubectl rollout history} lists them.
 *
 * @param number      the {@code deployment.kubernetes.io/revision} the controller gave it
 * @param changeCause the {@code kubernetes.io/change-cause} annotation; empty when nobody gave one
 * @param current     whether it is the template the Deployment runs now
 */
public record Revision(long number, String replicaSet, Instant created, List<String> images, int replicas,
        String changeCause, boolean current) {

    public Revision {
        images = List.copyOf(images);
        changeCause = changeCause == null ? "" : changeCause;
    }

    /** Only a Deployment keeps revisions; InvalidInputException (field {@code kind}) for any other kind. */
    public static ResourceKind ofDeployment(ResourceKind kind) {
        if (!kind.equals(ResourceKind.DEPLOYMENT)) {
            throw new InvalidInputException("kind", Message.of("rollout.onlyDeployments",
                    "Only a Deployment has a rollout history; a {0} has none.", kind.kind()));
        }
        return kind;
    }
}
