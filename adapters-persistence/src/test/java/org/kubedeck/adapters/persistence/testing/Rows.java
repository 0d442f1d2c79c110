package org.kubedeck.adapters.persistence.testing;

import java.time.Instant;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.PasswordHash;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

/** The rows other tables refer to, stored the shortest way a test needs them. */
public final class Rows {

    private Rows() {
    }

    /** A registered cluster with a placeholder kubeconfig. */
    public static void cluster(ClusterStore clusters, ClusterName name) {
        clusters.add(new Cluster(name, null, null, null, Instant.now(), null), new SealedSecret("k", new byte[] {1}));
    }

    /** A user without permissions whose password no one knows. */
    public static void user(UserStore users, Username name) {
        users.save(User.create(name, new PasswordHash("{test}x"), Permissions.NONE, Instant.now()));
    }
}
