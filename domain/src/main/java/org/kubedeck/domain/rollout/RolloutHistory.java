package org.kubedeck.domain.rollout;

import java.util.List;

/** A Deployment's revisions, newest first, and whether its rollout is paused. */
public record RolloutHistory(boolean paused, List<Revision> revisions) {

    public RolloutHistory {
        revisions = List.copyOf(revisions);
    }
}
