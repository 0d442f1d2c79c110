package org.kubedeck.adapters.persistence.container;

import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.application.container.port.out.LogSnapshots;
import org.kubedeck.application.testing.LogSnapshotsContract;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class LogSnapshotJdbcAdapterTest extends LogSnapshotsContract {

    @Autowired
    LogSnapshotJdbcAdapterTest(LogSnapshots snapshots, Rows rows) {
        super(snapshots, rows);
    }
}
