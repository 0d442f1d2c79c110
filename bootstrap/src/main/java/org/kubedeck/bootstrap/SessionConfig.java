package org.kubedeck.bootstrap;

import java.time.Clock;
import org.kubedeck.web.security.FrameAncestors;
import org.kubedeck.web.security.SessionIdle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

@Configuration(proxyBeanMethods = false)
class SessionConfig {

    /**
     * A stored session lives as long as the console lets it sit idle (see {@link SessionIdle}): polling never
     * renews it past that.
     */
    @Bean
    SessionIdle sessionIdle(Clock clock, KubedeckProperties properties) {
        return new SessionIdle(clock, properties.session().idleTimeout());
    }

    /** Which sites may frame the console's pages; an entry that is no origin stops the start. */
    @Bean
    FrameAncestors frameAncestors(KubedeckProperties properties) {
        return new FrameAncestors(properties.web().frameAncestors());
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionLifetime(SessionIdle idle) {
        return repository -> repository.setDefaultMaxInactiveInterval(idle.storedLifetime());
    }

    /**
     * Parallel requests of one session (several tabs, a script) may each add the same attribute: PostgreSQL's
     * upsert lets the last one win instead of failing the others on the attribute's primary key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer parallelSessionWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
