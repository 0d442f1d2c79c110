package org.kubedeck.web.workload;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery.WorkloadDetail;
import org.kubedeck.domain.Sha256;
import org.kubedeck.domain.workload.PodSelection;
import org.kubedeck.domain.workload.PodSelection.PodPage;
import org.kubedeck.domain.workload.PodSort;
import org.kubedeck.domain.workload.PodStatus;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.web.support.Htmx;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a workload's pods as the table shows them: the rows with their ages, links that keep the filter
 * while changing the page, the order or the status, and an entity tag that changes whenever anything the table
 * shows does, so that a poll of an unchanged table is answered 304 without a body.
 */
public record PodTable(String path, PodPage page, Map<String, String> ages, String etag) {

    static PodTable of(String path, WorkloadDetail detail, PodSelection selection, Instant now, boolean mayChange) {
        PodPage page = selection.select(detail.pods(), detail.loadLabel());
        Map<String, String> ages = new LinkedHashMap<>();
        StringBuilder shown = new StringBuilder().append(page.selection()).append(page.matching()).append('|')
                .append(page.total()).append('|').append(page.counts()).append('|').append(mayChange)
                .append(detail.services()).append(detail.workload());
        for (PodView pod : page.items()) {
            String age = Ages.of(pod.ageSeconds(now));
            ages.put(pod.name(), age);
            shown.append(pod).append(age).append(detail.restoresDue().get(pod.name()));
        }
        return new PodTable(path, page, Map.copyOf(ages), "\"" + Sha256.hex(shown.toString()).substring(0, 32)
                + "\"");
    }

    public PodSelection selection() {
        return page.selection();
    }

    /** The headers of the table's poll, as htmx takes them: not user activity, and the tag of what it shows. */
    public String pollHeaders() {
        return "{\"" + Htmx.BACKGROUND_HEADER + "\": \"true\", \"If-None-Match\": \"" + etag.replace("\"", "\\\"")
                + "\"}";
    }

    /** This list on page {@code number}. */
    public String pageUrl(int number) {
        return url(selection().withPage(number));
    }

    /** Sorted by {@code column}: ascending, or the other way round when it is already sorted by it. */
    public String sortUrl(String column) {
        PodSort sort = PodSort.parse("sort", column);
        PodSelection now = selection();
        boolean descending = now.sort() == sort && !now.descending();
        return url(new PodSelection(now.query(), now.status(), sort, descending, 1, now.size()));
    }

    /** "asc" or "desc" when the list is sorted by {@code column}, else empty: for the header's arrow. */
    public String sortedBy(String column) {
        PodSelection now = selection();
        return now.sort().code().equals(column) ? (now.descending() ? "desc" : "asc") : "";
    }

    /** Only the pods of {@code status}, from the first page. */
    public String statusUrl(PodStatus status) {
        PodSelection now = selection();
        return url(new PodSelection(now.query(), status, now.sort(), now.descending(), 1, now.size()));
    }

    /** The page itself, for the poll. */
    public String selfUrl() {
        return url(selection());
    }

    private String url(PodSelection selection) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        PodSelection first = PodSelection.FIRST_PAGE;
        if (!selection.query().isEmpty()) {
            url.queryParam("q", selection.query());
        }
        if (selection.status() != first.status()) {
            url.queryParam("status", selection.status().code());
        }
        if (selection.sort() != first.sort()) {
            url.queryParam("sort", selection.sort().code());
        }
        if (selection.descending()) {
            url.queryParam("dir", "desc");
        }
        if (selection.page() != 1) {
            url.queryParam("page", selection.page());
        }
        if (selection.size() != first.size()) {
            url.queryParam("size", selection.size());
        }
        return url.encode().build().toUriString();
    }
}
