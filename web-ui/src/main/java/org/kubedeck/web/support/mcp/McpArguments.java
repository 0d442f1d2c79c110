package org.kubedeck.web.support.mcp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * A tool call's arguments, read by name and type. A missing required argument or one of the wrong type is refused
 * naming it, like a field of the JSON API.
 */
public final class McpArguments {

    private static final Message OBJECT_OF_STRINGS = Message.of("mcp.anObjectOfStrings", "an object of strings");

    private final Map<String, Object> values;

    public McpArguments(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    public Map<String, Object> values() {
        return values;
    }

    public ClusterName cluster() {
        return ClusterName.of(text("cluster"));
    }

    public String text(String name) {
        String text = optionalText(name);
        if (text == null || text.isBlank()) {
            throw missing(name);
        }
        return text;
    }

    /** Null when absent. */
    public String optionalText(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw wrongType(name, Message.of("mcp.aString", "a string"));
    }

    /** Empty text when absent. */
    public String textOrEmpty(String name) {
        String text = optionalText(name);
        return text == null ? "" : text.trim();
    }

    public int integer(String name) {
        Integer value = optionalInteger(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    public Integer optionalInteger(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw wrongType(name, Message.of("mcp.aWholeNumber", "a whole number"));
    }

    public boolean flag(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        throw wrongType(name, Message.of("mcp.trueOrFalse", "true or false"));
    }

    /** An object of strings; a key whose value is null is kept with null. */
    public Map<String, String> strings(String name) {
        Object value = values.get(name);
        if (!(value instanceof Map<?, ?> map)) {
            throw value == null ? missing(name) : wrongType(name, OBJECT_OF_STRINGS);
        }
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((key, item) -> {
            if (item != null && !(item instanceof String)) {
                throw wrongType(name, OBJECT_OF_STRINGS);
            }
            strings.put(String.valueOf(key), (String) item);
        });
        return strings;
    }

    private static InvalidInputException missing(String name) {
        return new InvalidInputException(name, Message.of("mcp.argumentRequired", "The argument {0} is required.",
                name));
    }

    private static InvalidInputException wrongType(String name, Message type) {
        return new InvalidInputException(name, Message.of("mcp.argumentType", "The argument {0} must be {1}.",
                name, type));
    }
}
