package org.kubedeck.application.container;

import java.time.Duration;

/**
 * Limits of commands and terminals in containers ({@code kubedeck.containers.*}).
 *
 * @param execOutputLimit    the bytes of output a command run once answers at most (stdout and stderr together);
 *                           beyond it the output is cut and the command stopped
 * @param terminalsPerUser   the terminals one user may have open at once
 * @param terminalIdleTimeout a terminal nobody typed in for this long is closed
 * @param transcriptLimit    the bytes a recorded terminal session keeps at most (of its events, before
 *                           compression); what comes after is not kept
 * @param snapshotLimit      the bytes of a log a snapshot keeps at most: its newest lines
 * @param snapshotRetention  how long a snapshot is kept
 */
public record ContainerSettings(long execOutputLimit, int terminalsPerUser, Duration terminalIdleTimeout,
        long transcriptLimit, long snapshotLimit, Duration snapshotRetention) {

    public ContainerSettings {
        if (execOutputLimit < 1 || terminalsPerUser < 1 || transcriptLimit < 1 || snapshotLimit < 1
                || terminalIdleTimeout.isNegative() || terminalIdleTimeout.isZero()
                || snapshotRetention.isNegative() || snapshotRetention.isZero()) {
            throw new IllegalArgumentException("kubedeck.containers.* limits must be positive");
        }
    }
}
