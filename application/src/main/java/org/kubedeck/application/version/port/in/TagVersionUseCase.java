package org.kubedeck.application.version.port.in;

import java.util.Objects;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;

/** Names a version ({@code release-42}), with write on its resource's cluster; audited. */
public interface TagVersionUseCase {

    YamlVersion tag(Actor actor, TagVersionCommand command);

    /** @param tag 1 to 100 letters, digits, spaces or {@code . _ : / -}, starting with a letter or digit; trimmed */
    record TagVersionCommand(String versionId, String tag) {

        private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._:/-]{0,99}");

        public TagVersionCommand {
            Objects.requireNonNull(versionId);
            tag = tag == null ? "" : tag.trim();
            if (!TAG.matcher(tag).matches()) {
                throw new InvalidInputException("tag", Message.of("version.tagHasLettersDigits",
                        "A tag has 1 to 100 letters, digits, spaces or . _ : / -, starting with a letter or digit."));
            }
        }
    }
}
