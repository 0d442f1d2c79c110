package org.kubedeck.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain over the audit log: every entry's hash covers its own fields and the hash of the entry
 * before it, so changing, removing or inserting a row breaks every link after it.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private String expectedPrevious = GENESIS;
    private long checked;
    private AuditRecord firstBroken;
    private String problem;

    public static String link(String previousHash, AuditEvent event) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        for (String field : new String[] {previousHash, event.time().toString(), event.actor(), event.clientIp(),
                event.action().code(), event.target(), event.cluster() == null ? "\u0000" : event.cluster(),
                event.outcome().code(), event.detail()}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            // Length prefixes keep ("ab","c") and ("a","bc") apart.
            sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) ':');
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Feeds the next record, in id order, from the first. Returns false once the chain is broken. */
    public boolean accept(AuditRecord record) {
        if (firstBroken != null) {
            return false;
        }
        if (!record.previousHash().equals(expectedPrevious)) {
            return broken(record, "does not follow the entry before it (an entry was removed or inserted)");
        }
        if (!link(record.previousHash(), record.event()).equals(record.hash())) {
            return broken(record, "its content does not match its hash (the entry was changed)");
        }
        expectedPrevious = record.hash();
        checked++;
        return true;
    }

    private boolean broken(AuditRecord record, String why) {
        firstBroken = record;
        problem = why;
        return false;
    }

    public long checked() {
        return checked;
    }

    public Optional<AuditRecord> firstBroken() {
        return Optional.ofNullable(firstBroken);
    }

    public String problem() {
        return problem;
    }
}
