package org.kubedeck.application.user.port.in;

import org.kubedeck.domain.user.Actor;

public interface LogOutUseCase {

    enum Reason { USER, IDLE, DISABLED }

    /** Records the end of a session; the web layer ends the session itself. */
    void loggedOut(Actor actor, Reason reason);
}
