package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.User;

/** The signed-in user of a request, as loaded fresh from the store by the security filter. */
public final class CurrentActor {

    private static final String ACTOR = CurrentActor.class.getName() + ".actor";
    private static final String USER = CurrentActor.class.getName() + ".user";

    private CurrentActor() {
    }

    public static void set(HttpServletRequest request, User user) {
        request.setAttribute(USER, user);
        request.setAttribute(ACTOR, Actor.of(user, request.getRemoteAddr()));
    }

    public static Optional<Actor> actor(HttpServletRequest request) {
        return Optional.ofNullable((Actor) request.getAttribute(ACTOR));
    }

    public static Optional<User> user(HttpServletRequest request) {
        return Optional.ofNullable((User) request.getAttribute(USER));
    }
}
