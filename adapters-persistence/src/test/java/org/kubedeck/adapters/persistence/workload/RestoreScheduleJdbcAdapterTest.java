package org.kubedeck.adapters.persistence.workload;

import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.application.testing.RestoreScheduleContract;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class RestoreScheduleJdbcAdapterTest extends RestoreScheduleContract {

    @Autowired
    RestoreScheduleJdbcAdapterTest(RestoreSchedule schedule, Rows rows) {
        super(schedule, rows);
    }
}
