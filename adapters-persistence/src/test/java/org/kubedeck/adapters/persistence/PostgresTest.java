package org.kubedeck.adapters.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.kubedeck.adapters.persistence.testing.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of this adapter on a real PostgreSQL database migrated by Flyway. The pool lets the concurrency tests
 * hold 50 connections at once, plus one for the lock they queue behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        "kubedeck.test.database=kubedeck_it_persistence",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false",
        "spring.datasource.hikari.maximum-pool-size=60"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PostgresTest {
}
