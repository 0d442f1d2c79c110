package org.kubedeck.application.desktop.port.in;

import org.kubedeck.domain.user.Actor;

/**
 * Restarts, stops and deletes a desktop: the actor's own, or any for admins. A desktop the actor may not see
 * answers NotFoundException, as one that does not exist.
 */
public interface DesktopLifecycleUseCase {

    void restart(Actor actor, String desktop);

    /** Scales the desktop to no pod; its home volume stays. */
    void stop(Actor actor, String desktop);

    void delete(Actor actor, DeleteDesktopCommand command);

    /** @param deleteStorage whether the desktop's home volume goes too */
    record DeleteDesktopCommand(String desktop, boolean deleteStorage) {
    }
}
