package org.kubedeck.adapters.k8s.archfixture;

import org.kubedeck.adapters.persistence.AdvisoryLocks;
import org.kubedeck.web.support.Htmx;

/** Deliberately wrong Kubernetes adapter classes: the architecture rules must refuse them. */
final class WrongKubernetes {

    private WrongKubernetes() {
    }

    /** The Kubernetes adapter using the database adapter. */
    static final class UsesPersistence {
        AdvisoryLocks locks;
    }

    /** The Kubernetes adapter using the web layer. */
    static final class UsesWeb {
        Htmx htmx;
    }
}
