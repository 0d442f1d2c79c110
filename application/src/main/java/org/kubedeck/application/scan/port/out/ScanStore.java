package org.kubedeck.application.scan.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.scan.ScanReport;

/** Scans and their findings, kept. */
public interface ScanStore {

    void save(ScanReport report);

    /**
     * The newest scans of the cluster's namespace (empty: of the whole cluster), newest first, at most
     * {@code limit}, without their findings.
     */
    List<ScanReport> history(ClusterName cluster, String namespace, int limit);

    /**
     * Takes the cluster's turn for a scheduled scan when its last one is {@code interval} old or older; true for
     * the one replica that takes it.
     */
    boolean takeTurn(ClusterName cluster, Instant now, Duration interval);

    /** One scan of the cluster with its findings in the order found; empty when there is none. */
    Optional<ScanReport> find(ClusterName cluster, UUID id);
}
