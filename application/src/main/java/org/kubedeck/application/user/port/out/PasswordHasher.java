package org.kubedeck.application.user.port.out;

import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.PasswordHash;

/** An adaptive one-way hash for passwords. */
public interface PasswordHasher {

    PasswordHash hash(NewPassword password);

    boolean matches(String rawPassword, PasswordHash hash);
}
