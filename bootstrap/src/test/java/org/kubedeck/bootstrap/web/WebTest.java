package org.kubedeck.bootstrap.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.kubedeck.adapters.persistence.testing.TestDatabaseInitializer;
import org.kubedeck.bootstrap.KubedeckApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole console on a random port, on a fresh real PostgreSQL database, with a clock tests move.
 * Client addresses come from X-Forwarded-For, so each test session has its own address for throttling.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = KubedeckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "kubedeck.test.database=kubedeck_it_web",
                "kubedeck.admin.password=initial-admin-password",
                "server.forward-headers-strategy=native",
                "management.server.port=0",
                // Tests sample quotas themselves: a background round, due whenever a test moved the clock, would
                // see the same crossings.
                "kubedeck.quotas.check-interval=1h",
                "kubedeck.clusters.health-check=false",
                // Tests scan when they mean to: no cluster is scanned behind their back.
                "kubedeck.scans.interval=0s",
                "logging.level.org.kubedeck=WARN"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(WebTestSupport.class)
public @interface WebTest {
}
