package org.kubedeck.adapters.persistence.desktop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.user.Username;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.kubedeck.adapters.persistence.AdvisoryLocks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class DesktopClaimsJdbcAdapter implements DesktopClaims {

    private static final String COLUMNS = "owner, name, cluster, cpu_millicores, memory_bytes, storage_bytes, "
            + "claimed_at, last_active_at";

    private final JdbcClient jdbc;

    DesktopClaimsJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Under the lock no other claim can slip in between the checks and the insert. The primary key and the
     * unique name still guard the table; a name another owner already holds (two usernames with one desktop
     * name) is the existing desktop, not an error.
     */
    @Override
    @Transactional
    public Outcome claim(DesktopClaim claim, int maxTotal) {
        AdvisoryLocks.DESKTOP_CLAIMS.hold(jdbc);
        boolean held = jdbc.sql("select exists (select 1 from desktop_claims where owner = ?)")
                .param(claim.owner().value()).query(Boolean.class).single();
        if (held) {
            return Outcome.EXISTS;
        }
        long total = jdbc.sql("select count(*) from desktop_claims").query(Long.class).single();
        if (total >= maxTotal) {
            return Outcome.FULL;
        }
        int inserted = jdbc.sql("""
                insert into desktop_claims (owner, name, cluster, cpu_millicores, memory_bytes, storage_bytes,
                                            claimed_at, last_active_at)
                values (:owner, :name, :cluster, :cpu, :memory, :storage, :claimed, :active)
                on conflict do nothing
                """)
                .param("owner", claim.owner().value())
                .param("name", claim.name())
                .param("cluster", claim.cluster().value())
                .param("cpu", claim.resources().cpuMillicores())
                .param("memory", claim.resources().memoryBytes())
                .param("storage", claim.resources().storageBytes())
                .param("claimed", utc(claim.claimedAt()))
                .param("active", utc(claim.lastActiveAt()))
                .update();
        return inserted == 1 ? Outcome.CLAIMED : Outcome.EXISTS;
    }

    @Override
    public Optional<DesktopClaim> find(Username owner) {
        return jdbc.sql("select " + COLUMNS + " from desktop_claims where owner = ?").param(owner.value())
                .query(DesktopClaimsJdbcAdapter::toClaim).optional();
    }

    @Override
    public List<DesktopClaim> all() {
        return jdbc.sql("select " + COLUMNS + " from desktop_claims order by claimed_at, owner")
                .query(DesktopClaimsJdbcAdapter::toClaim).list();
    }

    @Override
    public boolean release(Username owner) {
        return jdbc.sql("delete from desktop_claims where owner = ?").param(owner.value()).update() > 0;
    }

    @Override
    public void recordActivity(Username owner, Instant at) {
        jdbc.sql("update desktop_claims set last_active_at = greatest(last_active_at, ?) where owner = ?")
                .params(utc(at), owner.value()).update();
    }

    @Override
    public boolean takeIdleStop(Username owner, Instant lastActiveSeen, Instant at) {
        return jdbc.sql("update desktop_claims set last_active_at = ? where owner = ? and last_active_at = ?")
                .params(utc(at), owner.value(), utc(lastActiveSeen)).update() == 1;
    }

    private static DesktopClaim toClaim(ResultSet rs, int row) throws SQLException {
        return new DesktopClaim(new Username(rs.getString("owner")), rs.getString("name"),
                new ClusterName(rs.getString("cluster")),
                new DesktopResources(rs.getLong("cpu_millicores"), rs.getLong("memory_bytes"),
                        rs.getLong("storage_bytes")),
                rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
                rs.getObject("last_active_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
