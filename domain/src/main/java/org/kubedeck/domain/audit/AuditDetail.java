package org.kubedeck.domain.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small flat JSON object of facts about an audited action (old and new values, a reason). Rendered here,
 * byte for byte the same every time, because the text is part of the entry's hash.
 */
public record AuditDetail(Map<String, Object> fields) {

    public static final AuditDetail EMPTY = new AuditDetail(Map.of());

    public AuditDetail {
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (!(value == null || value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("Audit detail values are strings, numbers or booleans: " + key);
            }
            copy.put(key, value);
        });
        fields = Collections.unmodifiableMap(copy);
    }

    /** Alternating keys and values: {@code of("old", "online", "new", "done")}. */
    public static AuditDetail of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Audit detail needs a value for every key");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new AuditDetail(map);
    }

    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            appendString(json, key);
            json.append(':');
            if (value == null || value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                appendString(json, (String) value);
            }
        });
        return json.append('}').toString();
    }

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
