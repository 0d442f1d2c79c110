package org.kubedeck.application.version.port.in;

import java.util.Objects;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery.ResourceView;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;

/** Applies edited YAML to a resource (write on the cluster), recorded as a version and audited. */
public interface EditResourceUseCase {

    /**
     * Applies the YAML if the resource is still at the command's {@code resourceVersion}, and records the result as
     * a version with the note. ConflictException when it changed meanwhile; InvalidInputException (field
     * {@code yaml}) when the YAML does not parse, names another object, or the cluster refuses it.
     */
    ResourceView edit(Actor actor, EditResourceCommand command);

    /**
     * Checks the edit with the cluster's server-side dry run, as {@link #edit} would apply it; nothing is stored or
     * recorded. Returns the object as it would be; refuses as {@link #edit} does.
     */
    ResourceView check(Actor actor, EditResourceCommand command);

    /**
     * @param resourceVersion the version the YAML was loaded at: a change made since is refused, not overwritten
     * @param note            why, for the history; {@code edited} when left blank, at most {@value #MAX_NOTE}
     *                        characters
     */
    record EditResourceCommand(ResourceRef resource, String yaml, String resourceVersion, String note) {

        public static final int MAX_NOTE = 500;

        public EditResourceCommand {
            Objects.requireNonNull(resource);
            if (yaml == null || yaml.isBlank()) {
                throw new InvalidInputException("yaml", Message.of("version.yamlEmpty", "The YAML is empty."));
            }
            note = note == null || note.isBlank() ? "edited" : note.trim();
            if (note.length() > MAX_NOTE) {
                throw new InvalidInputException("note", Message.of("version.noteHasMostCharacters",
                        "A note has at most {0} characters.", MAX_NOTE));
            }
        }
    }
}
