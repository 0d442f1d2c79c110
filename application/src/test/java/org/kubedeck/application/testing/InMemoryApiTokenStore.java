package org.kubedeck.application.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kubedeck.application.token.port.out.ApiTokenStore;
import org.kubedeck.domain.token.ApiToken;
import org.kubedeck.domain.user.Username;

public class InMemoryApiTokenStore implements ApiTokenStore {

    private final Map<Long, Row> rows = new TreeMap<>(Comparator.reverseOrder());
    private long lastId;

    @Override
    public synchronized ApiToken save(NewApiToken token) {
        ApiToken saved = new ApiToken(++lastId, token.owner(), token.name(), token.project(), token.prefix(),
                token.createdAt(), null, token.readOnly());
        rows.put(saved.id(), new Row(saved, token.lookup(), token.hash(), null, 0));
        return saved;
    }

    @Override
    public synchronized List<StoredToken> findByLookup(String lookup) {
        return rows.values().stream().filter(row -> row.lookup().equals(lookup))
                .sorted(Comparator.comparingLong(row -> row.token().id()))
                .map(row -> new StoredToken(row.token(), row.hash())).toList();
    }

    @Override
    public synchronized List<ApiToken> ownedBy(Username owner) {
        return rows.values().stream().map(Row::token).filter(token -> token.owner().equals(owner)).toList();
    }

    @Override
    public synchronized List<ApiToken> all() {
        return rows.values().stream().map(Row::token).toList();
    }

    @Override
    public synchronized Optional<ApiToken> find(long id) {
        return Optional.ofNullable(rows.get(id)).map(Row::token);
    }

    @Override
    public synchronized boolean delete(long id) {
        return rows.remove(id) != null;
    }

    @Override
    public synchronized Optional<Usage> recordUse(long id, Instant now, Duration window) {
        Row row = rows.get(id);
        if (row == null) {
            return Optional.empty();
        }
        boolean ended = row.windowStart() == null || !row.windowStart().isAfter(now.minus(window));
        Instant windowStart = ended ? now : row.windowStart();
        int uses = ended ? 1 : row.windowUses() + 1;
        ApiToken token = row.token();
        rows.put(id, new Row(new ApiToken(token.id(), token.owner(), token.name(), token.project(), token.prefix(),
                token.createdAt(), now, token.readOnly()), row.lookup(), row.hash(), windowStart, uses));
        return Optional.of(new Usage(windowStart, uses));
    }

    private record Row(ApiToken token, String lookup, String hash, Instant windowStart, int windowUses) {
    }
}
