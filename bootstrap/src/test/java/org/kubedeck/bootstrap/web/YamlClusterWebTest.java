package org.kubedeck.bootstrap.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A web test on a YAML cluster of its own ({@link YamlCluster}: a namespace on the rig with the web Deployment),
 * registered by an administrator, with a writer and a reader of it signed in. The cluster goes after each test.
 */
abstract class YamlClusterWebTest {

    @Autowired
    protected Fixtures f;

    /** A global administrator, who registered the cluster, and their name. */
    protected WebSession admin;
    protected String adminName;
    protected YamlCluster cluster;
    /** The cluster's name and the namespace, as the paths under test spell them. */
    protected String c;
    protected String ns;
    protected ClusterTeam team;

    @BeforeEach
    void openCluster() {
        adminName = f.user("root", Permissions.ADMINISTRATOR);
        admin = f.signedIn(adminName);
        cluster = new YamlCluster(admin);
        c = cluster.name();
        ns = cluster.namespace();
        team = ClusterTeam.of(f, c);
    }

    @AfterEach
    void closeCluster() {
        cluster.close();
    }
}
