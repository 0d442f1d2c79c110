package org.kubedeck.application.scan.port.out;

import java.util.List;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.scan.Silence;

/** Silenced checks, per cluster. */
public interface SilenceStore {

    /** Keeps it; one of the same check and object replaces the one before. */
    void save(Silence silence);

    /** By check, then namespace, then name. */
    List<Silence> list(ClusterName cluster);

    /** Whether there was one of that id. */
    boolean delete(ClusterName cluster, UUID id);
}
