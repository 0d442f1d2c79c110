package org.kubedeck.application.user.port.out;

import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

public interface UserStore {

    Optional<User> find(Username username);

    /** Sorted by username. */
    List<User> findAll();

    boolean exists(Username username);

    /** Inserts a new user or replaces the stored one with the same username. */
    void save(User user);

    void delete(Username username);

    long countActiveAdmins();

    boolean isEmpty();
}
