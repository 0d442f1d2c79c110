package org.kubedeck.adapters.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots only this adapter (JPA, JDBC, Flyway) for its tests. */
@SpringBootApplication
public class PersistenceTestApplication {
}
