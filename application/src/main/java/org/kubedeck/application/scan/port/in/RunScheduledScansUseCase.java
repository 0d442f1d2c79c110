package org.kubedeck.application.scan.port.in;

/** The scheduled scans: each cluster scanned whole once per interval, by one replica, in the name of system. */
public interface RunScheduledScansUseCase {

    /** How many clusters this replica scanned in this round. */
    int runDueScans();
}
