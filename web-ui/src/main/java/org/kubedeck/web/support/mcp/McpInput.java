package org.kubedeck.web.support.mcp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool's arguments as the JSON Schema its clients read: {@code {"type": "object", "properties": {...},
 * "required": [...]}}. Immutable; each method returns a larger input.
 */
public final class McpInput {

    private final Map<String, Map<String, Object>> properties;
    private final List<String> required;

    private McpInput(Map<String, Map<String, Object>> properties, List<String> required) {
        this.properties = properties;
        this.required = required;
    }

    public static McpInput none() {
        return new McpInput(Map.of(), List.of());
    }

    /** {@code cluster}, required: what nearly every tool starts with. */
    public static McpInput cluster() {
        return none().text("cluster", "The cluster's name, as clusters_list gives it.", true);
    }

    /** {@code cluster}, {@code namespace} and {@code pod}, required: a pod's tools. */
    public static McpInput pod() {
        return cluster().text("namespace", "The pod's namespace.", true).text("pod", "The pod's name.", true);
    }

    public McpInput text(String name, String description, boolean isRequired) {
        return with(name, Map.of("type", "string", "description", description), isRequired);
    }

    public McpInput integer(String name, String description, boolean isRequired) {
        return with(name, Map.of("type", "integer", "description", description), isRequired);
    }

    public McpInput flag(String name, String description) {
        return with(name, Map.of("type", "boolean", "description", description), false);
    }

    /** An object of strings, such as labels; a null value removes a key where the tool says so. */
    public McpInput strings(String name, String description, boolean isRequired) {
        return with(name, Map.of("type", "object", "description", description,
                "additionalProperties", Map.of("type", List.of("string", "null"))), isRequired);
    }

    private McpInput with(String name, Map<String, Object> property, boolean isRequired) {
        Map<String, Map<String, Object>> more = new LinkedHashMap<>(properties);
        more.put(name, property);
        List<String> needed = new ArrayList<>(required);
        if (isRequired) {
            needed.add(name);
        }
        return new McpInput(Collections.unmodifiableMap(more), List.copyOf(needed));
    }

    public Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        return schema;
    }
}
