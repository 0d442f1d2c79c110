package org.kubedeck.bootstrap;

import java.time.Clock;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.audit.port.out.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application layer's plain collaborators, which carry no annotations of their own. */
@Configuration(proxyBeanMethods = false)
class ApplicationConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AuditLog auditLog(AuditTrail trail, Clock clock) {
        return new AuditLog(trail, clock);
    }

    @Bean
    AccessGuard accessGuard(AuditLog auditLog) {
        return new AccessGuard(auditLog);
    }
}
