package org.kubedeck.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With no {@code spring.datasource.url}, the console runs its own PostgreSQL (a real server binary from Maven
 * Central) with its data under {@code kubedeck.data-dir}, kept across restarts. Set the URL to use a server of
 * your own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    /** Started as soon as the settings are known, so that the server starts while Spring builds the context. */
    private static volatile EarlyStart early;

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(KubedeckProperties properties) {
        Path dataDir = directoryIn(properties.dataDir());
        EarlyStart started = early;
        early = null;
        if (started != null && started.dataDir().equals(dataDir)) {
            return started.join();
        }
        if (started != null) {
            stop(started.join());
        }
        return start(dataDir);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("kubedeck-embedded");
        return dataSource;
    }

    private static Path directoryIn(Path dataDir) {
        return dataDir.resolve("postgres").toAbsolutePath().normalize();
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL started for another data directory did not stop cleanly", e);
        }
    }

    private static EmbeddedPostgres start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            log.info("No spring.datasource.url set: starting the embedded PostgreSQL in {}", dataDir);
            return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start in " + dataDir, e);
        }
    }

    private record EarlyStart(Path dataDir, CompletableFuture<EmbeddedPostgres> server) {

        EmbeddedPostgres join() {
            try {
                return server.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the embedded PostgreSQL started", e);
            }
        }
    }

    /** Registered by {@link KubedeckApplication#main}: begins the start in the background, ahead of the beans. */
    static class StartEarly implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            ConfigurableEnvironment environment = event.getEnvironment();
            if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
                return;
            }
            Path dataDir = directoryIn(Binder.get(environment).bind("kubedeck.data-dir", Path.class)
                    .orElseGet(KubedeckProperties::defaultDataDir));
            early = new EarlyStart(dataDir, CompletableFuture.supplyAsync(() -> start(dataDir)));
        }
    }
}
