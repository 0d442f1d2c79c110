package org.kubedeck.adapters.persistence.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.kubedeck.application.user.port.out.LoginAttempts;
import org.kubedeck.domain.user.LoginBackoff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class LoginAttemptsJdbcAdapter implements LoginAttempts {

    private final JdbcClient jdbc;

    LoginAttemptsJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LoginBackoff get(String key) {
        return jdbc.sql("select failures, locked_until, last_failure from login_throttle where throttle_key = ?")
                .param(key).query(LoginAttemptsJdbcAdapter::toBackoff).optional().orElse(LoginBackoff.CLEAN);
    }

    /** The row lock makes the read-count-write one step for parallel failures, on every replica. */
    @Override
    @Transactional
    public LoginBackoff recordFailure(String key, Instant now) {
        jdbc.sql("insert into login_throttle (throttle_key, failures) values (?, 0) on conflict do nothing")
                .param(key).update();
        LoginBackoff next = jdbc.sql("""
                select failures, locked_until, last_failure from login_throttle where throttle_key = ? for update
                """).param(key).query(LoginAttemptsJdbcAdapter::toBackoff).single().afterFailure(now);
        jdbc.sql("""
                update login_throttle set failures = :failures, locked_until = :until, last_failure = :last
                where throttle_key = :key
                """)
                .param("key", key)
                .param("failures", next.failures())
                .param("until", timestamp(next.lockedUntil()))
                .param("last", timestamp(next.lastFailure()))
                .update();
        return next;
    }

    @Override
    public void clear(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
    }

    private static LoginBackoff toBackoff(ResultSet rs, int row) throws SQLException {
        return new LoginBackoff(rs.getInt("failures"), instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_failure")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
