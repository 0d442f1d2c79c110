package org.kubedeck.web.resource;

import java.util.ArrayList;
import java.util.List;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.resource.ResourceTable.Column;

/**
 * Which of a table's columns a page shows, by their index in each row's cells: those kubectl prints by default
 * (priority 0), or all of them ({@code wide}, as {@code -o wide}). The name is the page's own first column. A kind
 * whose columns have no age (a custom resource with columns of its own) gets the page's.
 *
 * @param ownAge whether the page adds an age column
 */
record TableColumns(List<Shown> shown, boolean ownAge) {

    record Shown(int index, Column column) {
    }

    static TableColumns of(ResourceTable table, boolean wide) {
        List<Shown> shown = new ArrayList<>();
        boolean age = false;
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            age |= "age".equalsIgnoreCase(column.name());
            boolean name = i == 0 && "name".equalsIgnoreCase(column.name());
            if (!name && (wide || column.priority() == 0)) {
                shown.add(new Shown(i, column));
            }
        }
        return new TableColumns(shown, !age);
    }
}
