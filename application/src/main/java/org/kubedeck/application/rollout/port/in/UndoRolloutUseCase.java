package org.kubedeck.application.rollout.port.in;

import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.Revision;
import org.kubedeck.domain.user.Actor;

/** A Deployment rolled back to an earlier revision; write on the cluster, recorded as a version and audited. */
public interface UndoRolloutUseCase {

    /** The Deployment's YAML after the rollback. */
    String undo(Actor actor, UndoCommand command);

    /** {@code revision} 0 is the one before the current, as for {@code kubectl rollout undo}. */
    record UndoCommand(ResourceRef deployment, long revision) {

        public UndoCommand {
            Objects.requireNonNull(deployment);
            Revision.ofDeployment(deployment.kind());
            if (revision < 0) {
                throw new InvalidInputException("revision", Message.of("rollout.revisionNegative",
                        "A revision is 0 (the previous one) or more."));
            }
        }
    }
}
