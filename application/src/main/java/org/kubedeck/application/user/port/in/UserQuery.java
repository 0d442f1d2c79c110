package org.kubedeck.application.user.port.in;

import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

public interface UserQuery {

    /** Refuses (and audits) anyone but a global admin, before a page offers to manage users. */
    void requireUserAdmin(Actor actor);

    /** Every user, for global admins only. */
    List<User> listUsers(Actor actor);

    /** One user, for global admins only; NotFoundException when there is none. */
    User getUser(Actor actor, Username username);

    /** The stored state of a logged-in user, to honour a disable or a permission change at once. */
    Optional<User> currentUser(Username username);
}
