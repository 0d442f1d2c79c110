package org.kubedeck.web.support.mcp;

import java.util.Objects;
import java.util.regex.Pattern;
import org.kubedeck.domain.user.Actor;

/**
 * One tool of the MCP server. Its name and its arguments' names are contracts. It runs as the caller, so the
 * use cases it calls check the caller's permissions, audit what it changes, and refuse with the exceptions every
 * other answer maps.
 *
 * @param readOnly    whether it only reads: the client may call it without asking its user
 * @param destructive whether a change it makes can lose something (a pod out of load, fewer replicas)
 */
public record McpTool(String name, String title, String description, McpInput input, boolean readOnly,
        boolean destructive, Handler handler) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public McpTool {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A tool's name is snake_case: " + name);
        }
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        Objects.requireNonNull(input);
        Objects.requireNonNull(handler);
    }

    /** A tool that reads: its answer is anything the JSON API would answer (a record, a list, a map). */
    public static McpTool reading(String name, String title, String description, McpInput input, Handler handler) {
        return new McpTool(name, title, description, input, true, false, handler);
    }

    /** A tool that changes the cluster; writers only, as the use case it calls decides. */
    public static McpTool changing(String name, String title, String description, McpInput input,
            boolean destructive, Handler handler) {
        return new McpTool(name, title, description, input, false, destructive, handler);
    }

    @FunctionalInterface
    public interface Handler {

        Object call(Actor actor, McpArguments arguments);
    }
}
