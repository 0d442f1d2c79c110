package org.kubedeck.application.version.port.in;

import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;

/** Brings a resource back to one of its versions (write on the cluster). */
public interface RollbackVersionUseCase {

    /**
     * Applies the version's YAML over the resource as it is now (recreating it when deleted); the result is
     * recorded as a new version and audited.
     */
    YamlVersion rollback(Actor actor, String versionId);
}
