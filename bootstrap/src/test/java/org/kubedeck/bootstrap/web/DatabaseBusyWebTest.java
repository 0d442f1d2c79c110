package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Every connection of the pool taken: requests are answered 503 at once, not 500 after the pool's timeout. */
@WebTest
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=3",
        "spring.datasource.hikari.connection-timeout=300"})
class DatabaseBusyWebTest {

    @Autowired
    Fixtures f;

    @Autowired
    DataSource dataSource;

    @Test
    void aRequestThatGetsNoConnectionIsAnswered503WithRetryAfterAndWorksAgainLater() throws Exception {
        WebSession reader = f.signedIn(f.user("busy", Permissions.globalRead()));
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                taken.add(dataSource.getConnection());
            }
            WebSession.Response api = reader.get("/api/current-user");
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.header("Retry-After")).contains("5");
            assertThat(api.json().get("error").asString()).isEqualTo("unavailable");
            assertThat(reader.get("/users").status()).isEqualTo(503);
            assertThat(f.session().apiLogin("nobody", "x").status()).isEqualTo(503);
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        assertThat(reader.get("/api/current-user").status()).isEqualTo(200);
    }
}
