package org.kubedeck.adapters.k8s.testing;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** What the benchmarks measure with: timed reads as percentiles, and the heap in use after a full GC. */
public final class Bench {

    private Bench() {
    }

    /** One read of a series; {@code i} counts from 0. */
    public interface Read {
        Object run(int i) throws Exception;
    }

    public static Timings time(int times, Read read) throws Exception {
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            read.run(i);
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return new Timings(millis);
    }

    public static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleepMillis(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    public static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sorted durations in milliseconds. */
    public record Timings(double[] sorted) {

        public double p50() {
            return percentile(50);
        }

        public double p95() {
            return percentile(95);
        }

        public void print(String label) {
            System.out.printf("%-46s %9.2f %9.2f %9.2f%n", label, p50(), p95(), sorted[sorted.length - 1]);
        }

        private double percentile(int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
