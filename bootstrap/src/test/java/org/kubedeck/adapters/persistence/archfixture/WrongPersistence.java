package org.kubedeck.adapters.persistence.archfixture;

import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.web.support.Htmx;

/** Deliberately wrong persistence classes: the architecture rules must refuse them. */
final class WrongPersistence {

    private WrongPersistence() {
    }

    /** The database adapter using the Kubernetes adapter. */
    static final class UsesKubernetesAdapter {
        KubernetesClients clients;
    }

    /** The database adapter using the web layer. */
    static final class UsesWeb {
        Htmx htmx;
    }

    /** An adapter whose name says neither its feature nor its technology. */
    abstract static class Users implements org.kubedeck.application.user.port.out.UserStore {
    }
}
