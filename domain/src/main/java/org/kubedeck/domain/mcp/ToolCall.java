package org.kubedeck.domain.mcp;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A call of one of the MCP server's tools as the audit log keeps it: the tool, the cluster it concerns and its
 * arguments without anything secret. A manifest is kept as its length, an argument whose name speaks of a secret
 * as {@value #HIDDEN}, and any other value cut to {@value #MOST_VALUE} characters.
 *
 * @param cluster empty when the call names none
 */
public record ToolCall(String tool, String cluster, Map<String, String> arguments) {

    public static final int MOST_VALUE = 200;
    static final String HIDDEN = "(hidden)";
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|key|data|value).*");
    private static final String MANIFEST = "yaml";

    public ToolCall {
        Objects.requireNonNull(tool);
        cluster = cluster == null ? "" : cluster;
        arguments = Map.copyOf(arguments);
    }

    /** The call as a client made it; the values are anything JSON gives (text, numbers, objects). */
    public static ToolCall of(String tool, Map<String, ?> arguments) {
        Map<String, String> kept = new TreeMap<>();
        arguments.forEach((name, value) -> kept.put(name, kept(name, value)));
        Object cluster = arguments.get("cluster");
        return new ToolCall(tool, cluster instanceof String text ? text : "", kept);
    }

    private static String kept(String name, Object value) {
        String text = String.valueOf(value);
        if (name.equals(MANIFEST)) {
            return "(" + text.length() + " characters)";
        }
        if (SECRET.matcher(name).matches()) {
            return HIDDEN;
        }
        return text.length() > MOST_VALUE ? text.substring(0, MOST_VALUE) + "…" : text;
    }

    /** The arguments in one line, sorted by name: {@code namespace=shop, pod=web-1}. */
    public String argumentsText() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(arguments).forEach((name, value) -> text.append(text.isEmpty() ? "" : ", ").append(name)
                .append('=').append(value));
        return text.toString();
    }
}
