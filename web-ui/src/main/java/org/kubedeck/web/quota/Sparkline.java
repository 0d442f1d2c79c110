package org.kubedeck.web.quota;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The points of a small SVG line of usage ratios (0 at the bottom, 100 % and above at the top). */
public final class Sparkline {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 24;

    private Sparkline() {
    }

    /** {@code x,y x,y …} for an SVG polyline; empty with fewer than two samples. */
    public static String points(List<Double> ratios) {
        if (ratios.size() < 2) {
            return "";
        }
        double step = (double) WIDTH / (ratios.size() - 1);
        return IntStream.range(0, ratios.size())
                .mapToObj(i -> String.format(Locale.ROOT, "%.1f,%.1f", i * step,
                        HEIGHT - Math.min(1.0, Math.max(0.0, ratios.get(i))) * HEIGHT))
                .collect(Collectors.joining(" "));
    }
}
