package org.kubedeck.application.archfixture;

import io.kubernetes.client.openapi.ApiClient;
import org.kubedeck.web.support.Htmx;

/** Deliberately wrong application classes: the architecture rules must refuse them. */
final class WrongApplication {

    private WrongApplication() {
    }

    /** A use case that knows the web layer. */
    static final class UsesWeb {
        boolean api(jakarta.servlet.http.HttpServletRequest request) {
            return Htmx.isApi(request);
        }
    }

    /** A use case that talks to Kubernetes itself. */
    static final class UsesClientJava {
        ApiClient client;
    }

    /** JPA outside the persistence adapter. */
    static final class UsesJpa {
        jakarta.persistence.EntityManager entities;
    }

    /** Named like an inbound port, but a class. */
    static final class CountUseCase {
    }

    /** A controller outside the web module. */
    static final class StrayController {
    }
}
