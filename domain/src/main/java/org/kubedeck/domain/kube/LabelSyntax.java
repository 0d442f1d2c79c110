package org.kubedeck.domain.kube;

import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** Kubernetes' rules for label keys and values, checked before anything is sent to a cluster. */
public final class LabelSyntax {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern PREFIX = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private LabelSyntax() {
    }

    public static String requireKey(String field, String key) {
        if (key != null) {
            int slash = key.indexOf('/');
            String prefix = slash < 0 ? null : key.substring(0, slash);
            String name = slash < 0 ? key : key.substring(slash + 1);
            boolean prefixOk = prefix == null || (prefix.length() <= 253 && PREFIX.matcher(prefix).matches());
            if (prefixOk && NAME.matcher(name).matches()) {
                return key;
            }
        }
        throw new InvalidInputException(field, Message.of("kube.notValidLabelKey",
                "'{0}' is not a valid label key: an optional DNS prefix and '/', then up to 63 letters, digits, '-', "
                + "'_' or '.', starting and ending with a letter or digit.", key));
    }

    public static String requireValue(String field, String value) {
        if (value != null && (value.isEmpty() || NAME.matcher(value).matches())) {
            return value;
        }
        throw new InvalidInputException(field, Message.of("kube.notValidLabelValue",
                "'{0}' is not a valid label value: up to 63 letters, digits, '-', '_' or '.', starting and ending "
                + "with a letter or digit.", value));
    }
}
