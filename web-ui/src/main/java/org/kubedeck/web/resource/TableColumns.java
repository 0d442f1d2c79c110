package org.kubedeck.web.resource;

import java.util.ArrayList;
import java.util.List;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.resource.ResourceTable.Column;

/**
 * Which of a table's columns a page shows, by their index in each row's cells: those kubectl prints by default
 * (priority 0), or all of them ({@code wide}, as {@code -o wide}). The name is the page's own first column, and the
 * server's date columns named Age give way to the page's age, which every kind gets.
 */
final class TableColumns {

    private TableColumns() {
    }

    record Shown(int index, Column column) {
    }

    static List<Shown> shown(ResourceTable table, boolean wide) {
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            boolean name = "name".equalsIgnoreCase(column.name()) && i == 0;
            boolean age = "age".equalsIgnoreCase(column.name()) && "date".equals(column.type());
            if (!name && !age && (wide || column.priority() == 0)) {
                shown.add(new Shown(i, column));
            }
        }
        return shown;
    }
}
