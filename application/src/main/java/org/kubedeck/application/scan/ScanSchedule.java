package org.kubedeck.application.scan;

import java.time.Duration;

/**
 * When clusters are scanned on their own ({@code kubedeck.scans.*}).
 *
 * @param interval how often each cluster is scanned whole; zero: never on a schedule
 */
public record ScanSchedule(Duration interval) {

    public ScanSchedule {
        if (interval == null || interval.isNegative()) {
            throw new IllegalArgumentException("kubedeck.scans.interval must be zero (off) or positive");
        }
    }

    public boolean on() {
        return !interval.isZero();
    }
}
