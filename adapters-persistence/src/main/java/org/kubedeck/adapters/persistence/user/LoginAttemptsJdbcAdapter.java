package org.kubedeck.adapters.persistence.user;

import java.sql.Timestamp;
import java.time.Instant;
import org.kubedeck.application.user.port.out.LoginAttempts;
import org.kubedeck.domain.user.LoginBackoff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class LoginAttemptsJdbcAdapter implements LoginAttempts {

    private final JdbcClient jdbc;

    LoginAttemptsJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LoginBackoff get(String key) {
        return jdbc.sql("select failures, locked_until from login_throttle where throttle_key = ?")
                .param(key)
                .query((rs, row) -> {
                    Timestamp until = rs.getTimestamp("locked_until");
                    return new LoginBackoff(rs.getInt("failures"), until == null ? null : until.toInstant());
                })
                .optional()
                .orElse(LoginBackoff.CLEAN);
    }

    @Override
    public void put(String key, LoginBackoff backoff) {
        Instant until = backoff.lockedUntil();
        jdbc.sql("""
                insert into login_throttle (throttle_key, failures, locked_until, updated_at)
                values (:key, :failures, :until, now())
                on conflict (throttle_key) do update
                set failures = excluded.failures, locked_until = excluded.locked_until, updated_at = now()
                """)
                .param("key", key)
                .param("failures", backoff.failures())
                .param("until", until == null ? null : Timestamp.from(until))
                .update();
    }

    @Override
    public void clear(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
    }
}
