package org.kubedeck.domain.scan;

import java.util.Objects;

/**
 * One thing a scan found about one object.
 *
 * @param resource   the object's kind as the resource browser names it ({@code deployments.apps}, {@code pods})
 * @param namespace  empty for a cluster-wide object (a node)
 * @param message    what is wrong, in one line
 * @param suggestion what to do about it
 */
public record Finding(Check check, String resource, String namespace, String name, String message,
        String suggestion) {

    public Finding {
        Objects.requireNonNull(check);
        namespace = namespace == null ? "" : namespace;
    }

    public Severity severity() {
        return check.severity();
    }

    /** {@code deployments.apps shop/web}, for the page and the differences between scans. */
    public String object() {
        return resource + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
