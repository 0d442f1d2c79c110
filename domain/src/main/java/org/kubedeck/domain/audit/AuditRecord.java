package org.kubedeck.domain.audit;

/** An appended audit entry: its place in the log and its link in the hash chain. */
public record AuditRecord(long id, AuditEvent event, String previousHash, String hash) {
}
