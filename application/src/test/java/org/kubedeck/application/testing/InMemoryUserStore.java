package org.kubedeck.application.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

public class InMemoryUserStore implements UserStore {

    private final Map<Username, User> users = new ConcurrentSkipListMap<>();

    @Override
    public Optional<User> find(Username username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public List<User> findAll() {
        return List.copyOf(users.values());
    }

    @Override
    public boolean exists(Username username) {
        return users.containsKey(username);
    }

    @Override
    public void save(User user) {
        users.put(user.username(), user);
    }

    @Override
    public void delete(Username username) {
        users.remove(username);
    }

    @Override
    public long countActiveAdmins() {
        return users.values().stream().filter(User::isActiveAdmin).count();
    }

    @Override
    public boolean isEmpty() {
        return users.isEmpty();
    }
}
