package org.kubedeck.domain.kube;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * {@code key=value} entries as a form takes them (labels, quota limits, a node selector): one a line or
 * comma-separated, blank ones skipped, keys and values trimmed. Whether a key or a value is valid for its use is
 * for that use to say; here only the shape is checked.
 */
public final class KeyValues {

    private KeyValues() {
    }

    /**
     * The entries in the order typed; InvalidInputException, naming {@code field}, for an entry without a key
     * before its {@code =} or a key given twice.
     */
    public static Map<String, String> parse(String field, String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : text == null ? new String[0] : text.split("[\\n,]")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 1 || entry.substring(0, equals).isBlank()) {
                throw new InvalidInputException(field, Message.of("kube.notKeyValue",
                        "'{0}' is not key=value.", entry.trim()));
            }
            String key = entry.substring(0, equals).trim();
            if (pairs.put(key, entry.substring(equals + 1).trim()) != null) {
                throw new InvalidInputException(field, Message.of("kube.givenTwice", "'{0}' is given twice.", key));
            }
        }
        return Collections.unmodifiableMap(pairs);
    }
}
