package org.kubedeck.adapters.persistence.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * Keeps a table locked while parallel calls queue up behind it, then lets them all go at once when closed. A
 * start gate alone only makes calls begin close together; this proves that they were all in flight, each on its
 * own connection, at the same moment.
 */
public final class TableLock implements AutoCloseable {

    private final Connection connection;

    private TableLock(Connection connection) {
        this.connection = connection;
    }

    public static TableLock hold(DataSource dataSource, String table) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("lock table " + table + " in access exclusive mode");
            return new TableLock(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Makes {@code calls} calls of {@code call} (given 0, 1, ...) on as many threads, started together and all
     * queued behind a lock on {@code table} before any may proceed; returns their results in call order.
     */
    public static <T> List<T> race(DataSource dataSource, String table, int calls, IntFunction<T> call)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(calls);
        try {
            List<Future<T>> futures = new ArrayList<>();
            try (TableLock lock = hold(dataSource, table)) {
                for (int i = 0; i < calls; i++) {
                    int index = i;
                    futures.add(threads.submit(() -> {
                        start.await();
                        return call.apply(index);
                    }));
                }
                start.countDown();
                lock.awaitWaiting(calls, Duration.ofSeconds(30));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Returns once {@code sessions} sessions of this database are waiting for a lock. */
    public void awaitWaiting(int sessions, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int waiting = waiting();
        while (waiting < sessions) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + waiting + " of " + sessions + " sessions were waiting after "
                        + timeout);
            }
            Thread.sleep(10);
            waiting = waiting();
        }
    }

    private int waiting() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // The activity view is read once per transaction unless told to look again.
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rs = statement.executeQuery("""
                    select count(*) from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock'
                    """)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Releases the lock. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
