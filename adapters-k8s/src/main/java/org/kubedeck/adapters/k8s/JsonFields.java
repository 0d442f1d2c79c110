package org.kubedeck.adapters.k8s;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fields of objects read as JSON (client-java's generic API, tables): times and maps of text. */
public final class JsonFields {

    private JsonFields() {
    }

    /** An RFC 3339 time ({@code creationTimestamp}); null when it is missing or is none. */
    public static Instant instant(JsonElement element) {
        if (element == null || !element.isJsonPrimitive()) {
            return null;
        }
        try {
            return Instant.parse(element.getAsString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A map of text such as {@code labels} or {@code annotations}, in its order; empty when it is missing. */
    public static Map<String, String> texts(JsonObject object, String member) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (object.get(member) instanceof JsonObject map) {
            map.entrySet().forEach(entry -> texts.put(entry.getKey(), entry.getValue().isJsonPrimitive()
                    ? entry.getValue().getAsString() : entry.getValue().toString()));
        }
        return texts;
    }
}
