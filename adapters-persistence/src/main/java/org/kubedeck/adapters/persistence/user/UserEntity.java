package org.kubedeck.adapters.persistence.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

@Entity
@Table(name = "users")
class UserEntity {

    @Id
    @Column(name = "username")
    String username;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(name = "is_admin", nullable = false)
    boolean admin;

    @Column(name = "can_read", nullable = false)
    boolean read;

    @Column(name = "can_write", nullable = false)
    boolean write;

    @Column(name = "enabled", nullable = false)
    boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_cluster_permissions", joinColumns = @JoinColumn(name = "username"))
    @MapKeyColumn(name = "cluster")
    @Column(name = "access_level")
    Map<String, String> clusterLevels = new HashMap<>();
}
