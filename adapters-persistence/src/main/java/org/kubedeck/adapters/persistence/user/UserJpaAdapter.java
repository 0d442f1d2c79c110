package org.kubedeck.adapters.persistence.user;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.PasswordHash;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class UserJpaAdapter implements UserStore {

    private final UserJpaRepository repository;
    private final JdbcClient jdbc;

    UserJpaAdapter(UserJpaRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /**
     * Every request of a signed-in session reloads its user, so this one read is a single plain query rather
     * than an entity load with its collection.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<User> find(Username username) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select u.password_hash, u.is_admin, u.can_read, u.can_write, u.enabled, u.must_change_password,
                       u.created_at, p.cluster, p.access_level
                from users u left join user_cluster_permissions p on p.username = u.username
                where u.username = ?
                """).param(username.value()).query().listOfRows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> first = rows.get(0);
        Map<ClusterName, AccessLevel> levels = new HashMap<>();
        for (Map<String, Object> row : rows) {
            if (row.get("cluster") != null) {
                levels.put(new ClusterName((String) row.get("cluster")),
                        AccessLevel.parse((String) row.get("access_level")));
            }
        }
        Permissions permissions = new Permissions((Boolean) first.get("is_admin"), (Boolean) first.get("can_read"),
                (Boolean) first.get("can_write"), levels);
        return Optional.of(new User(username, new PasswordHash((String) first.get("password_hash")), permissions,
                (Boolean) first.get("enabled"), (Boolean) first.get("must_change_password"),
                ((Timestamp) first.get("created_at")).toInstant()));
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
        try {
            // Flushed here, so that a user created by another request at the same moment is a conflict this
            // adapter reports, not a database error at the end of the use case's transaction.
            repository.saveAndFlush(entity);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(Message.of("user.userWasCreatedChanged",
                    "User '{0}' was created or changed by another request at the same time; reload and try again.",
                    user.username().value()));
        }
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
