package org.kubedeck.application.data.port.in;

import java.util.Objects;
import org.kubedeck.domain.data.DataKey;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;

/** One value of a Secret in clear, for those who may change the cluster; every reveal is audited. */
public interface RevealSecretUseCase {

    /** The value as text; NotFoundException when the Secret has no such key. */
    String reveal(Actor actor, RevealCommand command);

    record RevealCommand(ResourceRef secret, DataKey key) {

        public RevealCommand {
            Objects.requireNonNull(key);
            if (!secret.kind().equals(ResourceKind.SECRET)) {
                throw new IllegalArgumentException("Only a Secret's values are revealed: " + secret.describe());
            }
        }
    }
}
