package org.kubedeck.application.scan.port.out;

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

    /** One scan of the cluster with its findings in the order found; empty when there is none. */
    Optional<ScanReport> find(ClusterName cluster, UUID id);
}
