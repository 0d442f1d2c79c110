package org.kubedeck.adapters.persistence.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.adapters.persistence.testing.TableLock;
import org.kubedeck.application.testing.ApiTokenStoreContract;
import org.kubedeck.application.token.port.out.ApiTokenStore.Usage;
import org.kubedeck.application.token.port.out.ApiTokenStore;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.token.ApiToken;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class ApiTokenJdbcAdapterTest extends ApiTokenStoreContract {

    @Autowired
    UserStore users;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApiTokenJdbcAdapterTest(ApiTokenStore store, Rows rows) {
        super(store, rows);
    }

    @Test
    void parallelUsesOfOneTokenAreEachCountedOnce() throws Exception {
        ApiToken token = save(owner("busy"), "busy");
        Instant now = Instant.parse("2026-06-01T12:00:00Z");

        List<Usage> usages = TableLock.race(dataSource, "api_tokens", 40,
                i -> store().recordUse(token.id(), now, Duration.ofMinutes(1)).orElseThrow());

        assertThat(usages).extracting(Usage::uses)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(usages).extracting(Usage::windowStart).containsOnly(now);
        assertThat(store().recordUse(token.id(), now, Duration.ofMinutes(1))).contains(new Usage(now, 41));
    }

    @Test
    void deletingTheOwnerDeletesTheirTokens() {
        Username owner = owner("leaver");
        ApiToken token = save(owner, "orphan");

        users.delete(owner);

        assertThat(store().find(token.id())).isEmpty();
        assertThat(store().recordUse(token.id(), Instant.now(), Duration.ofMinutes(1))).isEmpty();
    }
}
