package org.kubedeck.domain.workload;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.PrintableText;

/**
 * Which pods of a workload a user looks at, and in which order: a filter text (matched against the pod's name,
 * its IP, its node's IP and name), a status, a column to sort by, and a page. Fields are named as in URLs:
 * {@code q}, {@code status}, {@code sort}, {@code dir}, {@code page}, {@code size}.
 */
public record PodSelection(String query, PodStatus status, PodSort sort, boolean descending, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final int MAX_QUERY = 100;
    /** The page sizes a page offers to choose from. */
    public static final List<Integer> SIZES = List.of(20, 50, 100, 200, 500);
    public static final PodSelection FIRST_PAGE = new PodSelection("", PodStatus.ALL, PodSort.NAME, false, 1,
            DEFAULT_SIZE);

    public PodSelection {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY) {
            throw new InvalidInputException("q", Message.of("workload.filterTextHasMost",
                    "The filter text has at most {0} characters.", MAX_QUERY));
        }
        PrintableText.require("q", query);
        status = status == null ? PodStatus.ALL : status;
        sort = sort == null ? PodSort.NAME : sort;
        if (page < 1) {
            throw new InvalidInputException("page", Message.of("workload.pagesAreCountedFrom",
                    "Pages are counted from 1."));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", Message.of("workload.pageShowsPods",
                    "A page shows 1 to {0} pods.", MAX_SIZE));
        }
    }

    /** From the words of a URL; nulls take the defaults. */
    public static PodSelection of(String query, String status, String sort, String direction, Integer page,
            Integer size) {
        boolean descending;
        if (direction == null || direction.isBlank() || direction.equals("asc")) {
            descending = false;
        } else if (direction.equals("desc")) {
            descending = true;
        } else {
            throw new InvalidInputException("dir", Message.of("workload.directionAscDesc",
                    "The direction is asc or desc."));
        }
        return new PodSelection(query, PodStatus.parse("status", status), PodSort.parse("sort", sort), descending,
                page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public PodSelection withPage(int other) {
        return new PodSelection(query, status, sort, descending, other, size);
    }

    /** Every pod that passes the filter text and the status, in the chosen order. */
    public List<PodView> matching(List<PodView> pods, LoadLabel load) {
        String needle = query.toLowerCase(Locale.ROOT);
        Comparator<PodView> order = sort.comparator(load);
        return pods.stream()
                .filter(pod -> status == PodStatus.ALL || status.holds(pod, load))
                .filter(pod -> needle.isEmpty() || mentions(pod, needle))
                .sorted(descending ? order.reversed() : order)
                .toList();
    }

    /** The chosen page of the matching pods; a page past the end shows the last one. */
    public PodPage select(List<PodView> pods, LoadLabel load) {
        List<PodView> matching = matching(pods, load);
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        int shown = Math.min(page, pages);
        int from = (shown - 1) * size;
        List<PodView> items = List.copyOf(matching.subList(from, Math.min(matching.size(), from + size)));
        return new PodPage(withPage(shown), items, matching.size(), pods.size(), pages, counts(pods, load));
    }

    /** How many of {@code pods} each status filter shows: one pass, each pod's load label read once. */
    private static Map<PodStatus, Integer> counts(List<PodView> pods, LoadLabel load) {
        PodStatus[] statuses = PodStatus.values();
        int[] counted = new int[statuses.length];
        for (PodView pod : pods) {
            String loadValue = pod.label(load.key());
            for (PodStatus status : statuses) {
                if (status.holds(pod, loadValue, load)) {
                    counted[status.ordinal()]++;
                }
            }
        }
        Map<PodStatus, Integer> counts = new EnumMap<>(PodStatus.class);
        for (PodStatus status : statuses) {
            counts.put(status, counted[status.ordinal()]);
        }
        return counts;
    }

    private static boolean mentions(PodView pod, String needle) {
        return Stream.of(pod.name(), pod.podIp(), pod.nodeIp(), pod.nodeName())
                .anyMatch(field -> field != null && field.toLowerCase(Locale.ROOT).contains(needle));
    }

    /**
     * One page of a pod list: the pods on it, how many match the filter and how many there are in all, the
     * number of pages, and how many pods each status filter would show.
     */
    public record PodPage(PodSelection selection, List<PodView> items, int matching, int total, int pages,
            Map<PodStatus, Integer> counts) {

        public PodPage {
            items = List.copyOf(items);
            counts = Map.copyOf(counts);
        }

        public int count(PodStatus status) {
            return counts.getOrDefault(status, 0);
        }

        public boolean hasPrevious() {
            return selection.page() > 1;
        }

        public boolean hasNext() {
            return selection.page() < pages;
        }

        /** 1-based position of the first pod shown, 0 when none is. */
        public int first() {
            return items.isEmpty() ? 0 : (selection.page() - 1) * selection.size() + 1;
        }

        public int last() {
            return first() + items.size() - (items.isEmpty() ? 0 : 1);
        }
    }
}
