package org.kubedeck.application.testing;

import java.util.ArrayList;
import java.util.List;
import org.kubedeck.domain.audit.AuditFilter;
import org.kubedeck.domain.audit.AuditPage;
import org.kubedeck.application.audit.port.out.AuditTrail;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditChain;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.audit.AuditRecord;

public class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized AuditRecord append(AuditEvent event) {
        String previous = records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash();
        AuditRecord record = new AuditRecord(records.size() + 1L, event, previous, AuditChain.link(previous, event));
        records.add(record);
        return record;
    }

    @Override
    public synchronized AuditPage search(AuditFilter filter, int limit, Long beforeId) {
        List<AuditRecord> rows = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0 && rows.size() <= limit; i--) {
            AuditRecord record = records.get(i);
            if ((beforeId == null || record.id() < beforeId) && matches(filter, record.event())) {
                rows.add(record);
            }
        }
        return AuditPage.fromLookahead(rows, limit);
    }

    @Override
    public synchronized List<AuditRecord> readInOrder(long afterId, int limit) {
        return records.stream().filter(r -> r.id() > afterId).limit(limit).toList();
    }

    /** Every entry, oldest first. */
    public synchronized List<AuditEvent> events() {
        return records.stream().map(AuditRecord::event).toList();
    }

    public synchronized List<AuditEvent> events(AuditAction action) {
        return events().stream().filter(e -> e.action() == action).toList();
    }

    /** Stands for someone editing a row behind the console's back. */
    public synchronized void tamper(long id, AuditEvent replacement) {
        AuditRecord old = records.get((int) id - 1);
        records.set((int) id - 1, new AuditRecord(id, replacement, old.previousHash(), old.hash()));
    }

    private static boolean matches(AuditFilter f, AuditEvent e) {
        return (f.from() == null || !e.time().isBefore(f.from()))
                && (f.to() == null || e.time().isBefore(f.to()))
                && (f.action() == null || f.action() == e.action())
                && (f.actor() == null || f.actor().equals(e.actor()))
                && (f.cluster() == null || f.cluster().equals(e.cluster()));
    }
}
