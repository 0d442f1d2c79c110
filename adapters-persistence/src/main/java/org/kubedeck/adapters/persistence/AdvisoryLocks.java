package org.kubedeck.adapters.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL advisory locks that serialise a step across every replica, held until the surrounding transaction
 * ends. The keys live here, together, so that no two steps share one by accident.
 */
public enum AdvisoryLocks {
    /** Appends to the audit log: each row links to the one committed before it ("kubedek1"). */
    AUDIT_CHAIN(0x6b75626564656b31L),
    /** Desktop claims: the checks and the insert are one step ("kubedek2"). */
    DESKTOP_CLAIMS(0x6b75626564656b32L),
    /** One resource's history: reading its latest version and adding the next are one step ("kubedek3"). */
    RESOURCE_HISTORY(0x6b75626564656b33L);

    private final long key;

    AdvisoryLocks(long key) {
        this.key = key;
    }

    /** Waits for the lock; must run inside a transaction, which releases it. */
    public void hold(JdbcClient jdbc) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(key).query().listOfRows();
    }

    /**
     * Waits for the lock on one {@code key} of this kind, such as one resource, leaving other keys free; must run
     * inside a transaction, which releases it. The key is hashed to 64 bits seeded with this kind's number, so
     * equal keys of two kinds do not meet; two keys whose hashes collide merely wait for each other.
     */
    public void holdFor(JdbcClient jdbc, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, ?))").params(key, this.key).query().listOfRows();
    }
}
