package org.kubedeck.web.security;

import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Username;

/** The signed-in sessions of a user, across replicas: ended when the user's password changes. */
public interface UserSessions {

    /** Ends every session of the user except the one with this id (null: all of them). */
    void endSessionsOf(String username, String exceptSessionId);

    /**
     * After {@code user}'s password was changed or reset: the sessions signed in with the old one end, except the
     * session that made the change when it belongs to that user.
     */
    default void passwordChanged(Actor actor, Username user, String actingSessionId) {
        endSessionsOf(user.value(), actor.is(user) ? actingSessionId : null);
    }
}
