package org.kubedeck.domain.audit;

import java.util.Locale;

public enum Outcome {
    SUCCESS, FAILURE, DENIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
