package org.kubedeck.adapters.k8s;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fields of objects read as JSON (client-java's generic API, tables): text, times, maps of text. */
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

    /** The text at {@code path} (a string or number), or null when it is missing or null. */
    public static String text(JsonObject object, String... path) {
        JsonElement element = at(object, path);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        return element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }

    /** The mapping at {@code path}, or null when there is none. */
    public static JsonObject object(JsonObject object, String... path) {
        return at(object, path) instanceof JsonObject found ? found : null;
    }

    private static JsonElement at(JsonObject object, String... path) {
        JsonElement element = object;
        for (String key : path) {
            if (!(element instanceof JsonObject parent)) {
                return null;
            }
            element = parent.get(key);
        }
        return element;
    }

    /** Whether the object's {@code ownerReferences} name the object of {@code uid}. */
    public static boolean ownedBy(JsonObject object, String uid) {
        JsonObject metadata = object(object, "metadata");
        if (uid == null || metadata == null || !(metadata.get("ownerReferences") instanceof JsonArray owners)) {
            return false;
        }
        for (JsonElement owner : owners) {
            if (owner instanceof JsonObject reference && uid.equals(text(reference, "uid"))) {
                return true;
            }
        }
        return false;
    }
}
