package org.kubedeck.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    @Test
    void anIntactChainVerifies() {
        List<AuditRecord> records = chain(5);
        AuditChain chain = new AuditChain();
        records.forEach(chain::accept);
        assertThat(chain.firstBroken()).isEmpty();
        assertThat(chain.checked()).isEqualTo(5);
    }

    @Test
    void aChangedEntryIsTheFirstBroken() {
        List<AuditRecord> records = chain(5);
        AuditRecord original = records.get(2);
        AuditEvent forged = new AuditEvent(original.event().time(), "mallory", original.event().clientIp(),
                original.event().action(), original.event().target(), null, original.event().outcome(), "{}");
        records.set(2, new AuditRecord(original.id(), forged, original.previousHash(), original.hash()));
        assertThat(firstBrokenId(records)).isEqualTo(3L);
    }

    @Test
    void aRemovedEntryBreaksTheOneAfterIt() {
        List<AuditRecord> records = chain(5);
        records.remove(1);
        assertThat(firstBrokenId(records)).isEqualTo(3L);
    }

    @Test
    void fieldBoundariesMatter() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        AuditEvent ab = new AuditEvent(t, "ab", "c", AuditAction.LOGIN, "", null, Outcome.SUCCESS, "{}");
        AuditEvent a = new AuditEvent(t, "a", "bc", AuditAction.LOGIN, "", null, Outcome.SUCCESS, "{}");
        assertThat(AuditChain.link(AuditChain.GENESIS, ab)).isNotEqualTo(AuditChain.link(AuditChain.GENESIS, a));
    }

    @Test
    void detailRendersAsStableEscapedJson() {
        AuditDetail detail = AuditDetail.of("reason", "say \"hi\"\n", "count", 2);
        assertThat(detail.toJson()).isEqualTo("{\"reason\":\"say \\\"hi\\\"\\n\",\"count\":2}");
    }

    private static long firstBrokenId(List<AuditRecord> records) {
        AuditChain chain = new AuditChain();
        records.forEach(chain::accept);
        return chain.firstBroken().orElseThrow().id();
    }

    private static List<AuditRecord> chain(int size) {
        List<AuditRecord> records = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= size; i++) {
            AuditEvent event = new AuditEvent(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), "root",
                    "10.0.0.1", AuditAction.LOGIN, "root", null, Outcome.SUCCESS, "{}");
            String hash = AuditChain.link(previous, event);
            records.add(new AuditRecord(i, event, previous, hash));
            previous = hash;
        }
        return records;
    }
}
