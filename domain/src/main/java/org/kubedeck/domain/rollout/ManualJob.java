package org.kubedeck.domain.rollout;

import java.time.Instant;

/**
 * The name of a Job started by hand from a CronJob: the CronJob's name, {@code -manual-} and six characters of the
 * moment, as short as the Job controller needs (its pods carry the name as the value of the {@code job-name} label,
 * 63 characters at most).
 */
public final class ManualJob {

    private static final int MAX_NAME = 63;
    private static final String INFIX = "-manual-";
    private static final int STAMP = 6;
    private static final long STAMPS = (long) Math.pow(Character.MAX_RADIX, STAMP);

    private ManualJob() {
    }

    /** {@code nightly-report-manual-0k3x9a}; runs a millisecond apart get different names. */
    public static String name(String cronJob, Instant at) {
        String stamp = Long.toString(Math.floorMod(at.toEpochMilli(), STAMPS), Character.MAX_RADIX);
        String padded = "0".repeat(STAMP - stamp.length()) + stamp;
        String prefix = cronJob.length() > MAX_NAME - INFIX.length() - STAMP
                ? cronJob.substring(0, MAX_NAME - INFIX.length() - STAMP) : cronJob;
        while (prefix.endsWith("-") || prefix.endsWith(".")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix + INFIX + padded;
    }
}
