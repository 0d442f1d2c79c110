package org.kubedeck.application.scan.port.in;

import java.util.List;
import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.scan.Finding;
import org.kubedeck.domain.user.Actor;

/**
 * A manifest checked before it is applied: the API server's dry run (schema, admission, quotas), and the scan's
 * checks on the object as it would be in its namespace. Nothing is stored, so read on the cluster is enough.
 */
public interface ValidateManifestUseCase {

    ManifestCheck validate(Actor actor, ValidateManifestCommand command);

    /** @param yaml one object; without a namespace it is checked for {@code default} */
    record ValidateManifestCommand(ClusterName cluster, String yaml) {

        public static final int MOST_CHARACTERS = 1_000_000;

        public ValidateManifestCommand {
            Objects.requireNonNull(cluster, "cluster");
            if (yaml == null || yaml.isBlank()) {
                throw new InvalidInputException("yaml", Message.of("version.yamlEmpty", "The YAML is empty."));
            }
            if (yaml.length() > MOST_CHARACTERS) {
                throw new InvalidInputException("yaml", Message.of("scan.manifestTooLong",
                        "A manifest has at most {0} characters.", MOST_CHARACTERS));
            }
        }
    }

    /**
     * @param resource the kind as the API names it ({@code deployments.apps})
     * @param exists   whether the object exists, so the dry run was a replace rather than a create
     * @param refusal  what the API server refused, in its words; null when it accepted the object
     * @param findings the scan's findings about the object
     */
    record ManifestCheck(String resource, String namespace, String name, boolean exists, Message refusal,
            List<Finding> findings) {

        public ManifestCheck {
            findings = List.copyOf(findings);
        }

        public boolean accepted() {
            return refusal == null;
        }
    }
}
