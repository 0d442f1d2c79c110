package org.kubedeck.bootstrap;

import org.kubedeck.web.health.ConsoleHealth;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public port's health status comes from the same checks as the management port's health endpoint. */
@Configuration(proxyBeanMethods = false)
class ManagementConfig {

    @Bean
    ConsoleHealth consoleHealth(HealthEndpoint health) {
        return () -> health.health().getStatus().getCode();
    }
}
