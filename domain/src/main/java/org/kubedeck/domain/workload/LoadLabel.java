package org.kubedeck.domain.workload;

import java.util.Objects;
import org.kubedeck.domain.kube.LabelSyntax;

/**
 * The label that takes a pod in or out of load balancing: Services select {@code key=online}; a kick sets
 * {@code key=done}, a restore {@code key=online}.
 */
public record LoadLabel(String key, String online, String done) {

    public static final LoadLabel DEFAULT = new LoadLabel("load", "online", "done");

    public LoadLabel {
        LabelSyntax.requireKey("kubedeck.load.label", key);
        LabelSyntax.requireValue("kubedeck.load.online", online);
        LabelSyntax.requireValue("kubedeck.load.done", done);
        if (Objects.equals(online, done)) {
            throw new IllegalArgumentException("The online and done values of the load label must differ");
        }
    }

    public String valueFor(LoadAction action) {
        return action == LoadAction.KICK ? done : online;
    }
}
