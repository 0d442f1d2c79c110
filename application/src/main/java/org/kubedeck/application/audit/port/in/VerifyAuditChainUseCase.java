package org.kubedeck.application.audit.port.in;

import org.kubedeck.domain.user.Actor;

public interface VerifyAuditChainUseCase {

    ChainReport verify(Actor actor);

    /** {@code firstBrokenId} is null when the whole chain holds. */
    record ChainReport(long checked, Long firstBrokenId, String problem) {

        public boolean intact() {
            return firstBrokenId == null;
        }
    }
}
