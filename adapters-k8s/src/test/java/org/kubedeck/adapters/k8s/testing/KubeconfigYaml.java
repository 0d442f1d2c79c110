package org.kubedeck.adapters.k8s.testing;

import java.util.ArrayList;
import java.util.List;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;

/**
 * Writes kubeconfig texts for tests: each context gets its own cluster and a user with an inline token, and
 * the last context added can have its cluster or user sections changed.
 */
public final class KubeconfigYaml {

    public static final String TOKEN = "test-token";

    private final List<Entry> entries = new ArrayList<>();
    private String currentContext;

    private KubeconfigYaml() {
    }

    /** One context, named "fake", that reaches {@code server} with a token. */
    public static KubeconfigYaml forServer(String server) {
        return new KubeconfigYaml().context("fake", server);
    }

    public KubeconfigYaml context(String name, String server) {
        entries.add(new Entry(name, "server: " + server, "token: " + TOKEN));
        if (currentContext == null) {
            currentContext = name;
        }
        return this;
    }

    public KubeconfigYaml currentContext(String name) {
        currentContext = name;
        return this;
    }

    /** Adds lines to the cluster section of the last context. */
    public KubeconfigYaml clusterAlso(String yaml) {
        Entry last = entries.remove(entries.size() - 1);
        entries.add(new Entry(last.name(), last.cluster() + "\n" + yaml, last.user()));
        return this;
    }

    /** Replaces the user section of the last context. */
    public KubeconfigYaml user(String yaml) {
        Entry last = entries.remove(entries.size() - 1);
        entries.add(new Entry(last.name(), last.cluster(), yaml));
        return this;
    }

    public String text() {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Config\n");
        if (currentContext != null) {
            yaml.append("current-context: ").append(currentContext).append('\n');
        }
        yaml.append("clusters:\n");
        entries.forEach(entry -> yaml.append("- name: ").append(entry.name()).append("\n  cluster:\n")
                .append(indent(entry.cluster())));
        yaml.append("users:\n");
        entries.forEach(entry -> yaml.append("- name: ").append(entry.name()).append("\n  user:\n")
                .append(indent(entry.user())));
        yaml.append("contexts:\n");
        entries.forEach(entry -> yaml.append("- name: ").append(entry.name()).append("\n  context:\n")
                .append("    cluster: ").append(entry.name()).append("\n    user: ").append(entry.name())
                .append('\n'));
        return yaml.toString();
    }

    public Kubeconfig kubeconfig() {
        return new Kubeconfig(text());
    }

    /** Access to the cluster "fake" through the file's current context. */
    public ClusterAccess access() {
        return access(null);
    }

    public ClusterAccess access(String context) {
        return new ClusterAccess(ClusterName.of("fake"), kubeconfig(), context);
    }

    private static String indent(String lines) {
        StringBuilder indented = new StringBuilder();
        lines.lines().forEach(line -> indented.append("    ").append(line).append('\n'));
        return indented.toString();
    }

    private record Entry(String name, String cluster, String user) {
    }
}
