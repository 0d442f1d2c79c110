package org.kubedeck.domain.data;

import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * A key of a ConfigMap's or a Secret's data, as Kubernetes accepts it: letters, digits, {@code -}, {@code _} and
 * {@code .}, at most 253 characters, not {@code .} or {@code ..}.
 */
public record DataKey(String value) {

    private static final Pattern KEY = Pattern.compile("[-._a-zA-Z0-9]+");
    private static final int MAX = 253;

    public DataKey {
        if (value == null || value.isEmpty() || value.length() > MAX || !KEY.matcher(value).matches()
                || value.equals(".") || value.equals("..")) {
            throw new InvalidInputException("key", Message.of("data.notKey",
                    "'{0}' is not a key: letters, digits, -, _ and . (at most 253), not . or .. alone.",
                    value));
        }
    }

    /** Only ConfigMaps and Secrets hold data by key; InvalidInputException (field {@code kind}) for other kinds. */
    public static ResourceKind holder(ResourceKind kind) {
        if (!kind.equals(ResourceKind.CONFIGMAP) && !kind.equals(ResourceKind.SECRET)) {
            throw new InvalidInputException("kind", Message.of("data.notHolder",
                    "Only ConfigMaps and Secrets hold data by key; a {0} does not.", kind.kind()));
        }
        return kind;
    }

    @Override
    public String toString() {
        return value;
    }
}
