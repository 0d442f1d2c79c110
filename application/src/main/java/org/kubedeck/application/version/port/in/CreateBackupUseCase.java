package org.kubedeck.application.version.port.in;

import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.Backup;

/** Backs up every supported object of a namespace (write on the cluster), sealed whole; audited. */
public interface CreateBackupUseCase {

    /** NotFoundException when the namespace has nothing to back up. */
    Backup create(Actor actor, NamespaceRef namespace);
}
