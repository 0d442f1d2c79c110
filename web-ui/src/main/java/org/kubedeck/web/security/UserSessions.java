package org.kubedeck.web.security;

/** The signed-in sessions of a user, across replicas: ended when the user's password changes. */
public interface UserSessions {

    /** Ends every session of the user except the one with this id (null: all of them). */
    void endSessionsOf(String username, String exceptSessionId);
}
