package org.kubedeck.adapters.persistence.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kubedeck.application.token.port.out.ApiTokenStore;
import org.kubedeck.domain.token.ApiToken;
import org.kubedeck.domain.user.Username;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class ApiTokenJdbcAdapter implements ApiTokenStore {

    private static final String COLUMNS = "id, owner, name, project, prefix, created_at, last_used_at, read_only";

    private final JdbcClient jdbc;

    ApiTokenJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ApiToken save(NewApiToken token) {
        return jdbc.sql("""
                insert into api_tokens (owner, name, project, prefix, lookup, token_hash, created_at, read_only)
                values (:owner, :name, :project, :prefix, :lookup, :hash, :created, :readOnly)
                """ + "returning " + COLUMNS)
                .param("owner", token.owner().value())
                .param("name", token.name())
                .param("project", token.project())
                .param("prefix", token.prefix())
                .param("lookup", token.lookup())
                .param("hash", token.hash())
                .param("created", utc(token.createdAt()))
                .param("readOnly", token.readOnly())
                .query(ApiTokenJdbcAdapter::toToken).single();
    }

    @Override
    public List<StoredToken> findByLookup(String lookup) {
        return jdbc.sql("select " + COLUMNS + ", token_hash from api_tokens where lookup = ? order by id")
                .param(lookup)
                .query((rs, row) -> new StoredToken(toToken(rs, row), rs.getString("token_hash"))).list();
    }

    @Override
    public List<ApiToken> ownedBy(Username owner) {
        return jdbc.sql("select " + COLUMNS + " from api_tokens where owner = ? order by id desc")
                .param(owner.value()).query(ApiTokenJdbcAdapter::toToken).list();
    }

    @Override
    public List<ApiToken> all() {
        return jdbc.sql("select " + COLUMNS + " from api_tokens order by id desc")
                .query(ApiTokenJdbcAdapter::toToken).list();
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from api_tokens where id = ?").param(id)
                .query(ApiTokenJdbcAdapter::toToken).optional();
    }

    @Override
    public boolean delete(long id) {
        return jdbc.sql("delete from api_tokens where id = ?").param(id).update() > 0;
    }

    /**
     * One statement, so the row lock orders parallel uses on every replica: each sees the count its predecessor
     * left. The expressions on the right all read the row as it was before this update.
     */
    @Override
    public Optional<Usage> recordUse(long id, Instant now, Duration window) {
        return jdbc.sql("""
                update api_tokens set
                    last_used_at = greatest(last_used_at, :now),
                    window_start = case when window_start is null or window_start <= :ended then :now
                                        else window_start end,
                    window_uses  = case when window_start is null or window_start <= :ended then 1
                                        else window_uses + 1 end
                where id = :id
                returning window_start, window_uses
                """)
                .param("id", id)
                .param("now", utc(now))
                .param("ended", utc(now.minus(window)))
                .query((rs, row) -> new Usage(rs.getObject("window_start", OffsetDateTime.class).toInstant(),
                        rs.getInt("window_uses")))
                .optional();
    }

    private static ApiToken toToken(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        return new ApiToken(rs.getLong("id"), new Username(rs.getString("owner")), rs.getString("name"),
                rs.getString("project"), rs.getString("prefix"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                lastUsed == null ? null : lastUsed.toInstant(), rs.getBoolean("read_only"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
