package org.kubedeck.domain.workload;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** The columns a pod list sorts by; ties are broken by name, so pages never overlap. */
public enum PodSort {
    NAME,
    STATUS,
    READY,
    RESTARTS,
    NODE_IP,
    POD_IP,
    AGE,
    LOAD;

    private static final Comparator<PodView> BY_NAME = Comparator.comparing(PodView::name);

    /** The word in URLs and JSON: {@code node-ip}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PodSort parse(String field, String code) {
        if (code == null || code.isBlank()) {
            return NAME;
        }
        return Arrays.stream(values()).filter(sort -> sort.code().equals(code.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, Message.of("workload.sortOne",
                        "Sort by one of {0}.",
                        String.join(", ", Arrays.stream(values()).map(PodSort::code).toList()))));
    }

    Comparator<PodView> comparator(LoadLabel load) {
        Comparator<PodView> column = switch (this) {
            case NAME -> BY_NAME;
            case STATUS -> Comparator.comparing(PodView::phase, Comparator.nullsLast(Comparator.naturalOrder()));
            case READY -> Comparator.comparing(PodView::ready).thenComparingInt(PodView::readyContainers);
            case RESTARTS -> Comparator.comparingInt(PodView::restarts);
            case NODE_IP -> Comparator.comparing(PodView::nodeIp, Comparator.nullsLast(IpOrder.INSTANCE));
            case POD_IP -> Comparator.comparing(PodView::podIp, Comparator.nullsLast(IpOrder.INSTANCE));
            // Oldest first, as a growing age.
            case AGE -> Comparator.comparing(PodView::createdAt,
                    Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
            case LOAD -> Comparator.comparing((PodView pod) -> pod.label(load.key()),
                    Comparator.nullsLast(Comparator.naturalOrder()));
        };
        return column.thenComparing(BY_NAME);
    }

    /** IPv4 addresses by their numbers (10.0.0.9 before 10.0.0.10); anything else after them, as text. */
    private enum IpOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            long x = value(a);
            long y = value(b);
            if (x >= 0 && y >= 0) {
                return Long.compare(x, y);
            }
            return x >= 0 ? -1 : y >= 0 ? 1 : a.compareTo(b);
        }

        private static long value(String ip) {
            String[] parts = ip.split("\\.", -1);
            if (parts.length != 4) {
                return -1;
            }
            long value = 0;
            for (String part : parts) {
                if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                    return -1;
                }
                int octet = Integer.parseInt(part);
                if (octet > 255) {
                    return -1;
                }
                value = value * 256 + octet;
            }
            return value;
        }
    }
}
