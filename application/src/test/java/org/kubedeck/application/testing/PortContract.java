package org.kubedeck.application.testing;

import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Username;

/**
 * What every contract of an outbound port shares: the port under test, and fresh names for each test, whose rows
 * are stored first where the port's own rows must refer to them.
 */
public abstract class PortContract<P> {

    private final P port;
    private final ReferencedRows rows;

    protected PortContract(P port, ReferencedRows rows) {
        this.port = port;
        this.rows = rows;
    }

    protected P port() {
        return port;
    }

    /** A cluster no other test uses, registered where the port's rows must belong to one. */
    protected ClusterName cluster() {
        ClusterName cluster = ClusterName.of("c" + unique());
        rows.cluster(cluster);
        return cluster;
    }

    /** A user no other test uses, stored where the port's rows must belong to one. */
    protected Username owner(String prefix) {
        Username owner = Username.of(prefix + "-" + unique());
        rows.user(owner);
        return owner;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
