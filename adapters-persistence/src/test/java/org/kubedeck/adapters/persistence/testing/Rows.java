package org.kubedeck.adapters.persistence.testing;

import java.time.Instant;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.testing.ReferencedRows;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.PasswordHash;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.stereotype.Component;

/** The rows other tables refer to, stored the shortest way a test needs them. */
@Component
public class Rows implements ReferencedRows {

    private final ClusterStore clusters;
    private final UserStore users;

    Rows(ClusterStore clusters, UserStore users) {
        this.clusters = clusters;
        this.users = users;
    }

    /** A registered cluster with a placeholder kubeconfig. */
    @Override
    public void cluster(ClusterName name) {
        clusters.add(new Cluster(name, null, null, null, Instant.now(), null), new SealedSecret("k", new byte[] {1}));
    }

    /** A user without permissions whose password no one knows. */
    @Override
    public void user(Username name) {
        users.save(User.create(name, new PasswordHash("{test}x"), Permissions.NONE, Instant.now()));
    }
}
