package org.kubedeck.adapters.persistence.user;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserJpaRepository extends JpaRepository<UserEntity, String> {

    List<UserEntity> findAllByOrderByUsernameAsc();

    long countByAdminTrueAndEnabledTrue();
}
