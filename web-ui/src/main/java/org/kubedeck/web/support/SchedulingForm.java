package org.kubedeck.web.support;

import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;

/** The scheduling form's three texts, one entry a line: as the workload has them now, or as the user typed them. */
public record SchedulingForm(String nodeSelector, String requiredNodeAffinity, String tolerations) {

    public static SchedulingForm of(SchedulingConstraints current) {
        SchedulingChange now = SchedulingChange.of(current);
        return new SchedulingForm(text(now.nodeSelectorLines()), text(now.requiredNodeAffinityLines()),
                text(now.tolerationLines()));
    }

    /** The form for a kind whose scheduling can change; none for a pod. */
    public static Optional<SchedulingForm> offered(ResourceKind kind, SchedulingConstraints current) {
        return SchedulingChange.CHANGEABLE.contains(kind) ? Optional.of(of(current)) : Optional.empty();
    }

    public SchedulingChange change() {
        return SchedulingChange.parse(nodeSelector, requiredNodeAffinity, tolerations);
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines);
    }
}
