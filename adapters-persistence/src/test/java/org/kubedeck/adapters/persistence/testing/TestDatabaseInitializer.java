package org.kubedeck.adapters.persistence.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at a fresh PostgreSQL database named after the test module. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = context.getEnvironment().getProperty("kubedeck.test.database", "kubedeck_it");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", TestDatabase.fresh(name),
                "spring.datasource.username", TestDatabase.USER,
                "spring.datasource.password", TestDatabase.PASSWORD)));
    }
}
