package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.audit.AuditFilter;
import org.kubedeck.domain.audit.AuditPage;
import org.kubedeck.application.audit.port.out.AuditTrail;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditChain;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.audit.AuditRecord;
import org.kubedeck.domain.audit.Outcome;

/** What every AuditTrail must do; run against the in-memory trail and the database adapter. */
public abstract class AuditTrailContract extends PortContract<AuditTrail> {

    protected AuditTrailContract(AuditTrail trail) {
        super(trail, ReferencedRows.NONE);
    }

    protected AuditTrail trail() {
        return port();
    }

    private static AuditEvent event(String actor, AuditAction action, String cluster, Instant time) {
        return new AuditEvent(time, actor, "192.0.2.7", action, "target-" + actor, cluster, Outcome.SUCCESS,
                "{\"k\":\"v\"}");
    }

    @Test
    void appendedEntriesChainToTheOneBefore() {
        String actor = "chain-" + UUID.randomUUID();
        AuditRecord first = trail().append(event(actor, AuditAction.LOGIN, null, Instant.now()));
        AuditRecord second = trail().append(event(actor, AuditAction.LOGOUT, null, Instant.now()));
        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isEqualTo(AuditChain.link(first.hash(), second.event()));
    }

    @Test
    void readBackEntriesKeepTheirFieldsAndVerify() {
        String actor = "fields-" + UUID.randomUUID();
        AuditRecord appended = trail().append(event(actor, AuditAction.USER_CREATED, "prod",
                Instant.parse("2026-03-04T05:06:07.123456789Z")));
        AuditRecord read = trail().search(new AuditFilter(null, null, null, actor, null), 10, null).items().get(0);
        assertThat(read).isEqualTo(appended);
        assertThat(read.event().time()).isEqualTo(Instant.parse("2026-03-04T05:06:07.123456Z"));
        assertThat(AuditChain.link(read.previousHash(), read.event())).isEqualTo(read.hash());
    }

    @Test
    void searchFiltersAndPagesNewestFirst() {
        String actor = "pages-" + UUID.randomUUID();
        Instant t0 = Instant.parse("2026-05-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            trail().append(event(actor, AuditAction.LOGIN, "prod", t0.plusSeconds(i)));
            trail().append(event(actor, AuditAction.LOGOUT, "dev", t0.plusSeconds(i)));
        }
        AuditFilter logins = new AuditFilter(null, null, AuditAction.LOGIN, actor, null);
        AuditPage first = trail().search(logins, 2, null);
        assertThat(first.items()).hasSize(2).allMatch(r -> r.event().action() == AuditAction.LOGIN);
        assertThat(first.items().get(0).id()).isGreaterThan(first.items().get(1).id());
        assertThat(first.next()).isEqualTo(first.items().get(1).id());

        AuditPage second = trail().search(logins, 2, first.next());
        AuditPage third = trail().search(logins, 2, second.next());
        assertThat(third.items()).hasSize(1);
        assertThat(third.next()).isNull();

        List<AuditRecord> devInWindow = trail().search(
                new AuditFilter(t0.plusSeconds(1), t0.plusSeconds(3), null, actor, "dev"), 10, null).items();
        assertThat(devInWindow).extracting(r -> r.event().time())
                .containsExactly(t0.plusSeconds(2), t0.plusSeconds(1));
    }

    @Test
    void readsInOrderAfterAnId() {
        String actor = "order-" + UUID.randomUUID();
        AuditRecord a = trail().append(event(actor, AuditAction.LOGIN, null, Instant.now()));
        AuditRecord b = trail().append(event(actor, AuditAction.LOGOUT, null, Instant.now()));
        assertThat(trail().readInOrder(a.id() - 1, 2)).containsExactly(a, b);
        assertThat(trail().readInOrder(a.id(), 1)).containsExactly(b);
    }
}
