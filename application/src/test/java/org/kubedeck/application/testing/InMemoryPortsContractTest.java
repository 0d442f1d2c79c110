package org.kubedeck.application.testing;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;

/** The in-memory ports keep the same contracts as the database adapters, so use-case tests can trust them. */
class InMemoryPortsContractTest {

    @Nested
    class Users extends UserStoreContract {
        Users() {
            super(new InMemoryUserStore());
        }
    }

    @Nested
    class Audit extends AuditTrailContract {
        Audit() {
            super(new InMemoryAuditTrail());
        }
    }

    @Nested
    class Clusters extends ClusterStoreContract {
        Clusters() {
            super(new InMemoryClusterStore());
        }
    }

    @Nested
    class Restores extends RestoreScheduleContract {
        Restores() {
            super(new InMemoryRestoreSchedule(), ReferencedRows.NONE);
        }
    }

    @Nested
    class Attempts extends LoginAttemptsContract {
        Attempts() {
            super(new InMemoryLoginAttempts());
        }
    }

    @Nested
    class ApiTokens extends ApiTokenStoreContract {
        ApiTokens() {
            super(new InMemoryApiTokenStore(), ReferencedRows.NONE);
        }
    }

    @Nested
    class Desktops extends DesktopClaimsContract {
        Desktops() {
            super(new InMemoryDesktopClaims(), ReferencedRows.NONE);
        }
    }

    @Nested
    class Snapshots extends LogSnapshotsContract {
        Snapshots() {
            super(new InMemoryLogSnapshots(), ReferencedRows.NONE);
        }
    }

    @Nested
    class Transcripts extends TerminalTranscriptsContract {
        Transcripts() {
            super(new InMemoryTerminalTranscripts(), ReferencedRows.NONE);
        }
    }

    @Nested
    class Policies extends ContainerPoliciesContract {
        Policies() {
            super(new InMemoryContainerPolicies(), ReferencedRows.NONE);
        }
    }

    @Nested
    class DesktopChoice extends DesktopSettingsStoreContract {
        DesktopChoice() {
            super(new InMemoryDesktopSettingsStore());
        }
    }

    @Nested
    class Versions extends VersionStoreContract {
        Versions() {
            super(new InMemoryVersionStore(), ReferencedRows.NONE);
        }
    }

    @Nested
    class Backups extends BackupStoreContract {
        Backups() {
            super(new InMemoryBackupStore(), ReferencedRows.NONE);
        }

        @Override
        protected String savePlain(ClusterName cluster, String namespace, List<BackupObject> objects, String yaml,
                SealedSecret secrets) {
            return ((InMemoryBackupStore) store()).savePlain(new Backup(null, cluster, namespace, T0, "alice", objects, yaml), secrets).id();
        }
    }

    @Nested
    class BackupTimes extends BackupSchedulesContract {
        BackupTimes() {
            super(new InMemoryBackupSchedules(), ReferencedRows.NONE);
        }
    }

    @Nested
    class Quotas extends QuotaSamplesContract {
        Quotas() {
            super(new InMemoryQuotaSamples(), ReferencedRows.NONE);
        }
    }
}
