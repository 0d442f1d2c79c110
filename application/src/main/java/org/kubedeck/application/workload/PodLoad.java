package org.kubedeck.application.workload;

import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.workload.port.out.PodLabeler;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.workload.LoadLabel;

/**
 * Sets the load label on one pod, recording the pod's YAML before and after (as the patch answered): what a kick or
 * restore by a user and a planned restore share.
 */
public class PodLoad {

    private final PodLabeler labeler;
    private final ResourceHistory history;
    private final LoadLabel label;

    public PodLoad(PodLabeler labeler, ResourceHistory history, LoadLabel label) {
        this.labeler = labeler;
        this.history = history;
        this.label = label;
    }

    LoadLabel label() {
        return label;
    }

    /** Sets the pod's load label to {@code value}; answers the pod as the patch left it. */
    LiveResource set(Actor actor, ClusterAccess access, String namespace, String pod, String value, String note) {
        return history.changeTo(access, new ResourceRef(access.name(), namespace, ResourceKind.POD, pod),
                actor.username().value(), note, () -> labeler.setLabel(access, namespace, pod, label.key(), value));
    }
}
