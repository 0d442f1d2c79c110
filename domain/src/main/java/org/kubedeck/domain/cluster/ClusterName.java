package org.kubedeck.domain.cluster;

import java.util.Set;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** A cluster's name: a DNS label, because it appears in URLs and Kubernetes object names. */
public record ClusterName(String value) implements Comparable<ClusterName> {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    /** Words the console's own URLs use where a cluster name stands ({@code /api/{cluster}/...}). */
    public static final Set<String> RESERVED = Set.of("admin", "api", "v1", "login", "logout", "account",
            "clusters", "current-user", "users", "audit", "new", "webjars", "css", "js", "actuator", "k8s");

    public ClusterName {
        if (value == null || !DNS_LABEL.matcher(value).matches()) {
            throw new InvalidInputException("name",
                    Message.of("cluster.clusterNameMustDns",
                            "Cluster name '{0}' must be a DNS label: 1-63 lowercase letters, digits or '-', starting "
                            + "and ending with a letter or digit.", value));
        }
        if (RESERVED.contains(value)) {
            throw new InvalidInputException("name", Message.of("cluster.wordConsoleUsesItself",
                    "'{0}' is a word the console uses itself; choose another cluster name.", value));
        }
    }

    public static ClusterName of(String value) {
        return new ClusterName(value == null ? null : value.trim());
    }

    @Override
    public int compareTo(ClusterName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
