package org.kubedeck.bootstrap;

import org.kubedeck.web.security.UserSessions;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Sessions are found by the principal name Spring Session indexes in its table. */
@Component
class SpringSessionUserSessions implements UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SpringSessionUserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void endSessionsOf(String username, String exceptSessionId) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(exceptSessionId))
                .forEach(sessions::deleteById);
    }
}
