package org.kubedeck.domain.archfixture;

import org.kubedeck.application.audit.AuditLog;
import org.springframework.util.StringUtils;

/** Deliberately wrong domain classes: the architecture rules must refuse them. */
final class WrongDomain {

    private WrongDomain() {
    }

    /** The domain reaching out to the application layer. */
    static final class UsesApplication {
        AuditLog log;
    }

    /** The domain depending on Spring. */
    static final class UsesSpring {
        boolean blank(String text) {
            return !StringUtils.hasText(text);
        }
    }
}
