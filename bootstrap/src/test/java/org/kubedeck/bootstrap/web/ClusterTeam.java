package org.kubedeck.bootstrap.web;

import java.util.Map;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;

/** A user with write and one with read on a test cluster, each signed in. */
public record ClusterTeam(String writerName, WebSession writer, String readerName, WebSession reader) {

    public static ClusterTeam of(Fixtures f, String cluster) {
        ClusterName name = ClusterName.of(cluster);
        String writerName = f.user("writer", Permissions.perCluster(Map.of(name, AccessLevel.WRITE)));
        String readerName = f.user("reader", Permissions.perCluster(Map.of(name, AccessLevel.READ)));
        return new ClusterTeam(writerName, f.signedIn(writerName), readerName, f.signedIn(readerName));
    }
}
