package org.kubedeck.adapters.k8s;

import io.kubernetes.client.util.KubeConfig;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A kubeconfig a server can use on its own. client-java would happily run exec and auth-provider plugins and
 * read files relative to the server's working directory; none of that belongs on a shared console, so every
 * context is checked before a client is built: its cluster and user exist, and every credential is inline.
 */
public final class ServerKubeconfig {

    public static final String FIELD = "kubeconfig_content";
    private static final String NO_PLUGINS = "a server cannot run local plugins; use a token or client certificate.";

    private final String text;
    private final List<String> contextNames;
    private final String currentContext;

    private ServerKubeconfig(String text, List<String> contextNames, String currentContext) {
        this.text = text;
        this.contextNames = contextNames;
        this.currentContext = currentContext;
    }

    /** Parses and checks every context; throws InvalidInputException (field {@value #FIELD}) with the first problem. */
    public static ServerKubeconfig parse(Kubeconfig kubeconfig) {
        Map<String, Object> root = asMap(load(kubeconfig.content()));
        if (root == null) {
            throw refused("This is not a kubeconfig: expected YAML with clusters, contexts and users.");
        }
        Map<String, Map<String, Object>> clusters = namedEntries(root, "clusters", "cluster");
        Map<String, Map<String, Object>> users = namedEntries(root, "users", "user");
        Map<String, Map<String, Object>> contexts = namedEntries(root, "contexts", "context");
        for (Map.Entry<String, Map<String, Object>> context : contexts.entrySet()) {
            String clusterName = text(context.getValue().get("cluster"));
            String userName = text(context.getValue().get("user"));
            Map<String, Object> cluster = clusters.get(clusterName);
            Map<String, Object> user = users.get(userName);
            if (cluster == null) {
                throw refused("Context '" + context.getKey() + "' names the cluster '" + clusterName
                        + "', which the kubeconfig does not define.");
            }
            if (user == null) {
                throw refused("Context '" + context.getKey() + "' names the user '" + userName
                        + "', which the kubeconfig does not define.");
            }
            checkCluster(clusterName, cluster);
            checkUser(userName, user);
        }
        return new ServerKubeconfig(kubeconfig.content(), List.copyOf(contexts.keySet()),
                text(root.get("current-context")));
    }

    /** In the order the file lists them. */
    public List<String> contextNames() {
        return contextNames;
    }

    /** client-java's view of the kubeconfig, switched to {@code context} (null: the file's current context). */
    public KubeConfig select(String context) {
        String wanted = context == null || context.isBlank() ? currentContext : context;
        if (wanted == null || wanted.isBlank()) {
            throw refused("The kubeconfig has no current-context; choose one of its contexts.");
        }
        if (!contextNames.contains(wanted)) {
            throw refused("The kubeconfig has no context named '" + wanted + "'.");
        }
        KubeConfig config = KubeConfig.loadKubeConfig(new StringReader(text));
        config.setContext(wanted);
        return config;
    }

    private static Object load(String content) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(content);
        } catch (YAMLException e) {
            throw refused("This is not a kubeconfig: the text is not valid YAML.");
        }
    }

    /** The entries of a kubeconfig list ({@code - name: x / cluster: {...}}) by name, in file order. */
    private static Map<String, Map<String, Object>> namedEntries(Map<String, Object> root, String list,
            String body) {
        if (!(root.get(list) instanceof List<?> entries) || entries.isEmpty()) {
            throw refused("The kubeconfig has no " + list + ".");
        }
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (Object entry : entries) {
            Map<String, Object> named = asMap(entry);
            String name = named == null ? null : text(named.get("name"));
            Map<String, Object> content = named == null ? null : asMap(named.get(body));
            if (name == null || content == null) {
                throw refused("Every entry under '" + list + "' needs a name and a '" + body + "' section.");
            }
            byName.putIfAbsent(name, content);
        }
        return byName;
    }

    private static void checkCluster(String name, Map<String, Object> cluster) {
        if (text(cluster.get("server")) == null) {
            throw refused("Cluster '" + name + "' has no server address.");
        }
        refuseFileReference("Cluster", name, cluster, "certificate-authority", "certificate-authority-data");
    }

    private static void checkUser(String name, Map<String, Object> user) {
        if (user.get("exec") != null) {
            throw refused("User '" + name + "' needs an exec plugin (" + quoted(asMap(user.get("exec")), "command")
                    + "); " + NO_PLUGINS);
        }
        if (user.get("auth-provider") != null) {
            throw refused("User '" + name + "' needs the auth-provider plugin "
                    + quoted(asMap(user.get("auth-provider")), "name") + "; " + NO_PLUGINS);
        }
        refuseFileReference("User", name, user, "client-certificate", "client-certificate-data");
        refuseFileReference("User", name, user, "client-key", "client-key-data");
        refuseFileReference("User", name, user, "tokenFile", "token");
        // client-java silently falls back to no credentials when half of a key pair is missing.
        if ((user.get("client-certificate-data") == null) != (user.get("client-key-data") == null)) {
            throw refused("User '" + name + "' needs both client-certificate-data and client-key-data.");
        }
    }

    private static void refuseFileReference(String what, String name, Map<String, Object> section, String fileKey,
            String inlineKey) {
        String path = text(section.get(fileKey));
        if (path != null) {
            throw refused(what + " '" + name + "' refers to the local file '" + path + "' (" + fileKey
                    + "); a server cannot read your files: paste the content as " + inlineKey + " instead.");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** For messages: {@code 'value'}, or "unnamed" when the plugin's section does not say. */
    private static String quoted(Map<String, Object> section, String key) {
        String value = section == null ? null : text(section.get(key));
        return value == null ? "unnamed" : "'" + value + "'";
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
