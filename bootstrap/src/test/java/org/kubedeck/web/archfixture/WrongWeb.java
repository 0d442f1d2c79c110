package org.kubedeck.web.archfixture;

import io.kubernetes.client.openapi.ApiClient;
import org.springframework.beans.factory.annotation.Value;

/** Deliberately wrong web classes: the architecture rules must refuse them. */
final class WrongWeb {

    private WrongWeb() {
    }

    /** A page that talks to Kubernetes itself. */
    static final class UsesClientJava {
        ApiClient client;
    }

    /** A page of one feature built from another feature's web classes instead of the kernel or a port. */
    static final class UsesAnotherFeaturesPage {
        org.kubedeck.web.workload.PodTable table;
    }

    /** A page that reads a setting itself instead of being handed it. */
    static final class ReadsASetting {
        @Value("${kubedeck.session.idle-timeout}")
        String idleTimeout;
    }

    /** A controller rendering a refusal itself. */
    static final class CatchingController {
        String page() {
            try {
                return "page";
            } catch (org.kubedeck.domain.NotFoundException e) {
                return "problem";
            }
        }
    }

    /** A page that talks to an outbound port past the use cases. */
    static final class UsesAnOutboundPort {
        org.kubedeck.application.user.port.out.UserStore users;
    }
}
