package org.kubedeck.bootstrap;

import java.time.Duration;
import org.kubedeck.web.security.SessionProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

@Configuration(proxyBeanMethods = false)
class SessionConfig {

    /**
     * The console ends idle sessions itself (polling does not count as activity, and the logout is audited);
     * the stored session outlives that by a margin so the console sees it and can say why it ended.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionLifetime(SessionProperties session) {
        return repository -> repository.setDefaultMaxInactiveInterval(session.idleTimeout().plus(
                Duration.ofMinutes(5)));
    }
}
