package org.kubedeck.adapters.persistence.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.adapters.persistence.testing.TableLock;
import org.kubedeck.application.desktop.port.out.DesktopClaims.Outcome;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.application.testing.DesktopClaimsContract;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class DesktopClaimsJdbcAdapterTest extends DesktopClaimsContract {

    @Autowired
    UserStore users;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DesktopClaimsJdbcAdapterTest(DesktopClaims claims, Rows rows) {
        super(claims, rows);
    }

    @Test
    void ofFiftyParallelClaimsForOneOwnerExactlyOneSucceeds() throws Exception {
        Username owner = owner("eager");
        int cap = capWithRoomFor(1);

        List<Outcome> outcomes = TableLock.race(dataSource, "desktop_claims", 50,
                i -> claims().claim(claimOf(owner, T0.plusMillis(i)), cap));

        assertThat(outcomes).filteredOn(Outcome.CLAIMED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Outcome.EXISTS::equals).hasSize(49);
        assertThat(jdbc.sql("select count(*) from desktop_claims where owner = ?").param(owner.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void parallelClaimsOfManyOwnersStopAtTheCap() throws Exception {
        List<Username> owners = IntStream.range(0, 20).mapToObj(i -> owner("crowd")).toList();
        int cap = capWithRoomFor(5);

        List<Outcome> outcomes = TableLock.race(dataSource, "desktop_claims", 20,
                i -> claims().claim(claimOf(owners.get(i), T0), cap));

        assertThat(outcomes).filteredOn(Outcome.CLAIMED::equals).hasSize(5);
        assertThat(outcomes).filteredOn(Outcome.FULL::equals).hasSize(15);
        assertThat(claims().all()).hasSize(cap);
        assertThat(owners).filteredOn(owner -> claims().find(owner).isPresent()).hasSize(5);
    }

    @Test
    void deletingTheOwnerReleasesTheirClaim() {
        Username owner = owner("leaver");
        claims().claim(claimOf(owner, T0), capWithRoomFor(1));

        users.delete(owner);

        assertThat(claims().find(owner)).isEmpty();
    }
}
