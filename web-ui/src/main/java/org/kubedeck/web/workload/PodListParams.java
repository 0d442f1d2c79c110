package org.kubedeck.web.workload;

import java.util.stream.Stream;
import org.kubedeck.domain.workload.PodSelection;

/**
 * The words of a pod list's URL, bound from the request: {@code ?q=web&status=pending&sort=age&dir=desc&page=2
 * &size=50}. Anything missing takes its default.
 */
public record PodListParams(String q, String status, String sort, String dir, Integer page, Integer size) {

    /** Throws InvalidInputException naming the parameter for a word outside the grammar. */
    public PodSelection selection() {
        return PodSelection.of(q, status, sort, dir, page, size);
    }

    /** Whether the request asked for a filter, an order or a page at all. */
    public boolean given() {
        return Stream.of(q, status, sort, dir, page, size).anyMatch(word -> word != null);
    }
}
