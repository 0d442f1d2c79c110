package org.kubedeck.domain.token;

import java.time.Instant;
import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.PrintableText;
import org.kubedeck.domain.user.Username;

/**
 * A stored API token, without its secret.
 *
 * @param prefix     the token's beginning, enough to recognise it ({@code vnc-sk-proj-default-alice-Ab3dE9xQ})
 * @param lastUsedAt null until the token is first used
 * @param readOnly   whether the token may only read, whatever its owner may do
 */
public record ApiToken(long id, Username owner, String name, String project, String prefix, Instant createdAt,
        Instant lastUsedAt, boolean readOnly) {

    public static final int MAX_NAME = 100;

    public ApiToken {
        Objects.requireNonNull(owner);
        Objects.requireNonNull(name);
    }

    /** A token's name as typed: required, at most {@value #MAX_NAME} characters. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", Message.of("token.tokenNeedsName", "A token needs a name."));
        }
        if (name.trim().length() > MAX_NAME) {
            throw new InvalidInputException("name", Message.of("token.tokenNameHasMost",
                    "A token name has at most {0} characters.", MAX_NAME));
        }
        return PrintableText.require("name", name.trim());
    }
}
