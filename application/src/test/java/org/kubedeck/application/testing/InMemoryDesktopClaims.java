package org.kubedeck.application.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.domain.user.Username;

public class InMemoryDesktopClaims implements DesktopClaims {

    private final Map<Username, DesktopClaim> claims = new HashMap<>();

    @Override
    public synchronized Outcome claim(DesktopClaim claim, int maxTotal) {
        if (claims.containsKey(claim.owner())) {
            return Outcome.EXISTS;
        }
        if (claims.size() >= maxTotal) {
            return Outcome.FULL;
        }
        if (claims.values().stream().anyMatch(held -> held.name().equals(claim.name()))) {
            return Outcome.EXISTS;
        }
        claims.put(claim.owner(), claim);
        return Outcome.CLAIMED;
    }

    @Override
    public synchronized Optional<DesktopClaim> find(Username owner) {
        return Optional.ofNullable(claims.get(owner));
    }

    @Override
    public synchronized List<DesktopClaim> all() {
        return claims.values().stream()
                .sorted(Comparator.comparing(DesktopClaim::claimedAt).thenComparing(DesktopClaim::owner)).toList();
    }

    @Override
    public synchronized boolean release(Username owner) {
        return claims.remove(owner) != null;
    }

    @Override
    public synchronized boolean takeIdleStop(Username owner, Instant lastActiveSeen, Instant at) {
        DesktopClaim held = claims.get(owner);
        if (held == null || !held.lastActiveAt().equals(lastActiveSeen)) {
            return false;
        }
        claims.put(owner, new DesktopClaim(held.owner(), held.name(), held.cluster(), held.resources(),
                held.claimedAt(), at));
        return true;
    }

    @Override
    public synchronized void recordActivity(Username owner, Instant at) {
        claims.computeIfPresent(owner, (name, held) -> held.lastActiveAt().isAfter(at) ? held
                : new DesktopClaim(held.owner(), held.name(), held.cluster(), held.resources(), held.claimedAt(), at));
    }
}
