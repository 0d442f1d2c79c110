package org.kubedeck.domain.scan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two scans of the same place: findings that are new, and those the earlier scan had that are
 * gone (fixed). A finding is the same when its check and its object are.
 */
public record ScanDiff(List<Finding> added, List<Finding> fixed) {

    public ScanDiff {
        added = List.copyOf(added);
        fixed = List.copyOf(fixed);
    }

    public static ScanDiff between(ScanReport earlier, ScanReport later) {
        Set<String> before = keys(earlier.findings());
        Set<String> after = keys(later.findings());
        return new ScanDiff(later.findings().stream().filter(finding -> !before.contains(key(finding))).toList(),
                earlier.findings().stream().filter(finding -> !after.contains(key(finding))).toList());
    }

    /** The same difference without the fixed findings a silence now covers: they are left out, not fixed. */
    public ScanDiff silencing(List<Silence> silences) {
        return new ScanDiff(added, fixed.stream().filter(finding -> silences.stream()
                .noneMatch(silence -> silence.covers(finding))).toList());
    }

    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(ScanDiff::key).collect(Collectors.toSet());
    }

    private static String key(Finding finding) {
        return finding.check().id() + " " + finding.object();
    }
}
