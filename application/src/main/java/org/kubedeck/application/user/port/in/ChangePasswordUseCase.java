package org.kubedeck.application.user.port.in;

import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;

public interface ChangePasswordUseCase {

    /** The actor changes their own password, proving the current one. */
    void changeOwnPassword(Actor actor, String currentPassword, NewPassword newPassword);
}
