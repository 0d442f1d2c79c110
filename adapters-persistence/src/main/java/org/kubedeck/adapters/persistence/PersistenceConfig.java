package org.kubedeck.adapters.persistence;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Entities and repositories are private to this adapter; the application finds them from here. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = PersistenceConfig.class)
@EnableJpaRepositories(basePackageClasses = PersistenceConfig.class)
class PersistenceConfig {
}
