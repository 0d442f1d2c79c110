package org.kubedeck.adapters.persistence.user;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.PasswordHash;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class UserJpaAdapter implements UserStore {

    private final UserJpaRepository repository;

    UserJpaAdapter(UserJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<User> find(Username username) {
        return repository.findById(username.value()).map(UserJpaAdapter::toDomain);
    }

    @Override
    public List<User> findAll() {
        return repository.findAllByOrderByUsernameAsc().stream().map(UserJpaAdapter::toDomain).toList();
    }

    @Override
    public boolean exists(Username username) {
        return repository.existsById(username.value());
    }

    @Override
    public void save(User user) {
        UserEntity entity = repository.findById(user.username().value()).orElseGet(UserEntity::new);
        entity.username = user.username().value();
        entity.passwordHash = user.passwordHash().encoded();
        entity.admin = user.permissions().admin();
        entity.read = user.permissions().read();
        entity.write = user.permissions().write();
        entity.enabled = user.enabled();
        entity.mustChangePassword = user.mustChangePassword();
        entity.createdAt = user.createdAt();
        entity.clusterLevels.clear();
        user.permissions().clusters().forEach((cluster, level) -> entity.clusterLevels.put(cluster.value(),
                level.code()));
        repository.save(entity);
    }

    @Override
    public void delete(Username username) {
        repository.deleteById(username.value());
    }

    @Override
    public long countActiveAdmins() {
        return repository.countByAdminTrueAndEnabledTrue();
    }

    @Override
    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private static User toDomain(UserEntity entity) {
        Map<ClusterName, AccessLevel> levels = new HashMap<>();
        entity.clusterLevels.forEach((cluster, level) -> levels.put(new ClusterName(cluster),
                AccessLevel.parse(level)));
        Permissions permissions = new Permissions(entity.admin, entity.read, entity.write, levels);
        return new User(new Username(entity.username), new PasswordHash(entity.passwordHash), permissions,
                entity.enabled, entity.mustChangePassword, entity.createdAt);
    }
}
