package org.kubedeck.domain.scan;

import java.util.Locale;

/** How much a finding matters, worst first; each weighs on a scan's score. */
public enum Severity {
    CRITICAL(10), HIGH(5), MEDIUM(2), LOW(1), INFO(0);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    /** What one finding of this severity takes from a score. */
    public int weight() {
        return weight;
    }

    /** {@code critical}, {@code high}…, as the API and the database spell it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
