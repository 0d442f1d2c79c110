package org.kubedeck.application.testing;

import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Username;

/** Stores the rows a port's own rows refer to (a registered cluster, a user), where a database requires them. */
public interface ReferencedRows {

    /** For ports whose rows refer to nothing, and for the in-memory ports, which do not check. */
    ReferencedRows NONE = new ReferencedRows() {
        @Override
        public void cluster(ClusterName name) {
        }

        @Override
        public void user(Username name) {
        }
    };

    void cluster(ClusterName name);

    void user(Username name);
}
