package org.kubedeck.domain.container;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The logs of several pods as one, in time order, with the pod on each line; and the pods whose log could not be
 * read (not started yet, say), each with why.
 */
public record MergedLog(List<PodLogLine> lines, List<String> pods, List<Unread> unread) {

    /** A pod whose log was not read, and the cluster's reason. */
    public record Unread(String pod, String message) {
    }

    public MergedLog {
        lines = List.copyOf(lines);
        pods = List.copyOf(pods);
        unread = List.copyOf(unread);
    }

    /**
     * Merges each pod's lines (each list oldest first) by their timestamps; a line without one goes with the line
     * before it in its pod's log. Lines of the same instant keep the order of the pods.
     */
    public static MergedLog merge(List<List<PodLogLine>> perPod, List<String> pods, List<Unread> unread) {
        record Timed(Instant time, int order, PodLogLine line) {
        }
        List<Timed> all = new ArrayList<>();
        for (List<PodLogLine> lines : perPod) {
            Instant last = Instant.MIN;
            for (PodLogLine line : lines) {
                last = line.time() == null ? last : line.time();
                all.add(new Timed(last, all.size(), line));
            }
        }
        all.sort(Comparator.comparing(Timed::time).thenComparingInt(Timed::order));
        return new MergedLog(all.stream().map(Timed::line).toList(), pods, unread);
    }
}
