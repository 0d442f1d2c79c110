package org.kubedeck.application.resource.port.in;

import java.util.Locale;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;

/**
 * Changes to an object of any kind a cluster serves, in a namespace: its YAML replaced (write on the cluster, as
 * the YAML editor does, recorded as a version and audited), or the object deleted (admin on the cluster; its last
 * state is kept as a version first, and the deletion audited).
 */
public interface ChangeResourceUseCase {

    /**
     * Creates the object the YAML describes in the namespace (write on the cluster), recorded as its first version
     * and audited; with {@code dryRun} the API server checks it and nothing is stored.
     */
    Created create(Actor actor, CreateResourceCommand command);

    Replaced replace(Actor actor, ReplaceResourceCommand command);

    void delete(Actor actor, DeleteResourceCommand command);

    /** @param resource the kind as kubectl names it ({@code configmaps}, {@code widgets.example.com}) */
    record CreateResourceCommand(ClusterName cluster, String resource, String namespace, String yaml,
            boolean dryRun) {

        public CreateResourceCommand {
            if (yaml == null || yaml.isBlank()) {
                throw new InvalidInputException("yaml", Message.of("version.yamlEmpty", "The YAML is empty."));
            }
        }
    }

    /** The object as stored (or as it would be, for a dry run). */
    record Created(String name, String yaml, String resourceVersion, boolean dryRun) {
    }

    /**
     * @param resource        the kind as kubectl names it ({@code configmaps}, {@code widgets.example.com})
     * @param resourceVersion the version the YAML was loaded at: a change made since is refused, not overwritten
     */
    record ReplaceResourceCommand(ClusterName cluster, String resource, String namespace, String name, String yaml,
            String resourceVersion, String note) {
    }

    record DeleteResourceCommand(ClusterName cluster, String resource, String namespace, String name,
            Propagation propagation) {
    }

    /** The object as stored after the change, and the number of the version that records it. */
    record Replaced(String yaml, String resourceVersion, int version) {
    }

    /** What becomes of the objects the deleted one owns, as the API server's {@code propagationPolicy} says. */
    enum Propagation {
        BACKGROUND("Background"), FOREGROUND("Foreground"), ORPHAN("Orphan");

        private final String policy;

        Propagation(String policy) {
            this.policy = policy;
        }

        public String policy() {
            return policy;
        }

        /** {@code background} (also when empty), {@code foreground} or {@code orphan}, in any case. */
        public static Propagation parse(String text) {
            if (text == null || text.isBlank()) {
                return BACKGROUND;
            }
            for (Propagation propagation : values()) {
                if (propagation.name().equalsIgnoreCase(text.trim())) {
                    return propagation;
                }
            }
            throw new InvalidInputException("propagation", Message.of("resource.propagationUnknown",
                    "'{0}' is not a propagation: background, foreground or orphan.", text.toLowerCase(Locale.ROOT)));
        }
    }
}
