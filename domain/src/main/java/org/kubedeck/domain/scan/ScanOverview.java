package org.kubedeck.domain.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scan page's content: the latest scan with its findings, what changed since the one before, and the scores
 * of the scans before it (newest first).
 *
 * @param diff empty when the latest scan is the first
 */
public record ScanOverview(ScanReport latest, Optional<ScanDiff> diff, List<ScanReport> history) {

    public ScanOverview {
        history = List.copyOf(history);
    }

    /** The latest findings by check, worst severity first, each check's findings in the order found. */
    public Map<Check, List<Finding>> byCheck() {
        Map<Check, List<Finding>> grouped = new LinkedHashMap<>();
        latest.findings().stream()
                .sorted(Comparator.comparing((Finding finding) -> finding.severity()).thenComparing(
                        finding -> finding.check()))
                .forEach(finding -> grouped.computeIfAbsent(finding.check(), check -> new ArrayList<>())
                        .add(finding));
        return grouped;
    }

    /** How many findings of each severity, worst first, leaving out those with none. */
    public Map<Severity, Long> counts() {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            long count = latest.findings().stream().filter(finding -> finding.severity() == severity).count();
            if (count > 0) {
                counts.put(severity, count);
            }
        }
        return counts;
    }
}
