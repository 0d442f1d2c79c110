package org.kubedeck.domain.resource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page of a kind's objects as the API server tabulates them: kubectl's columns for a built-in kind, a custom
 * resource's {@code additionalPrinterColumns}, and each object's cells in that order.
 *
 * @param position  where the next page starts; empty on the last page
 * @param remaining how many objects the API server counts after this page, when it says
 */
public record ResourceTable(List<Column> columns, List<Row> rows, String position, Long remaining) {

    public ResourceTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        position = position == null ? "" : position;
    }

    /** One column: its name, its type ({@code string}, {@code integer}, {@code date}...) and what it means. */
    public record Column(String name, String type, String description, int priority) {
    }

    /** One object: its name, namespace (empty for a cluster-scoped kind), creation and labels, and its cells. */
    public record Row(String name, String namespace, Instant created, Map<String, String> labels, List<String> cells) {

        public Row {
            namespace = namespace == null ? "" : namespace;
            labels = Map.copyOf(labels);
            cells = List.copyOf(cells);
        }
    }
}
