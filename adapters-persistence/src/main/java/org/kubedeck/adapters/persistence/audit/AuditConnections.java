package org.kubedeck.adapters.persistence.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's own few connections to the console's database. An entry is written in a transaction of its own
 * while the request that caused it may hold a connection of the main pool in its transaction; taking the second
 * connection from the main pool as well would let a burst of such requests (ten sign-ins at once) take every
 * connection and wait for each other until the pool's timeout. From a pool of its own, an entry never waits for
 * the main pool, and its connection is held only for one insert, so the two cannot wait on each other.
 */
@Component
class AuditConnections implements AutoCloseable {

    /** Appends are serialised by the chain lock anyway; a few connections let the next one be ready. */
    static final int POOL_SIZE = 3;

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    AuditConnections(DataSource primary) {
        DataSource source = primary;
        if (primary instanceof HikariDataSource main) {
            pool = new HikariDataSource();
            pool.setPoolName("kubedeck-audit");
            pool.setJdbcUrl(main.getJdbcUrl());
            pool.setUsername(main.getUsername());
            pool.setPassword(main.getPassword());
            if (main.getDriverClassName() != null) {
                pool.setDriverClassName(main.getDriverClassName());
            }
            pool.setMaximumPoolSize(POOL_SIZE);
            pool.setMinimumIdle(1);
            pool.setConnectionTimeout(main.getConnectionTimeout());
            source = pool;
        } else {
            // Not a pool this class can copy (a test's plain DataSource): entries share it.
            pool = null;
        }
        jdbc = JdbcClient.create(source);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(source));
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code work} in a transaction of its own on one of these connections, committed when it returns. */
    <T> T inTransaction(Function<JdbcClient, T> work) {
        return transactions.execute(status -> work.apply(jdbc));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
