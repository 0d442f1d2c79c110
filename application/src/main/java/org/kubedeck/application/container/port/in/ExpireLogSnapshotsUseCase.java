package org.kubedeck.application.container.port.in;

/** The console's own round: snapshots past their expiry are deleted. */
public interface ExpireLogSnapshotsUseCase {

    /** Answers how many were deleted. */
    int expireLogSnapshots();
}
