package org.kubedeck.application.data.port.in;

import java.util.List;
import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.data.DataEntry;
import org.kubedeck.domain.data.DataKey;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;

/**
 * One key of a ConfigMap or a Secret set or removed, the others left as they are; write on the cluster, recorded
 * as a version and audited (never with the value).
 */
public interface EditDataUseCase {

    /** The keys after the change, as {@link DataKeysQuery} shows them. */
    List<DataEntry> set(Actor actor, SetKeyCommand command);

    List<DataEntry> remove(Actor actor, RemoveKeyCommand command);

    /** A value of at most {@value #MAX_VALUE} characters (Kubernetes stores an object of 1 MiB at most). */
    record SetKeyCommand(ResourceRef holder, DataKey key, String value) {

        public static final int MAX_VALUE = 1_000_000;

        public SetKeyCommand {
            DataKey.holder(holder.kind());
            Objects.requireNonNull(key);
            if (value == null || value.length() > MAX_VALUE) {
                throw new InvalidInputException("value", Message.of("data.valueTooLong",
                        "A value is text of at most {0} characters.", MAX_VALUE));
            }
        }
    }

    record RemoveKeyCommand(ResourceRef holder, DataKey key) {

        public RemoveKeyCommand {
            DataKey.holder(holder.kind());
            Objects.requireNonNull(key);
        }
    }
}
