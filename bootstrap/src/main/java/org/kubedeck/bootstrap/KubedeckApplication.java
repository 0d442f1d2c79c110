package org.kubedeck.bootstrap;

import org.kubedeck.application.UseCase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** Starts the console: every module under org.kubedeck, and the use cases marked {@link UseCase}. */
@SpringBootApplication
@ComponentScan(basePackages = "org.kubedeck",
        includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = UseCase.class))
@ConfigurationPropertiesScan("org.kubedeck")
public class KubedeckApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(KubedeckApplication.class);
        application.addListeners(new EmbeddedDatabaseConfig.StartEarly());
        application.run(args);
    }
}
