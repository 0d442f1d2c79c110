package org.kubedeck.application.testing;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.kubedeck.application.audit.port.out.AuditTrail;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.application.desktop.port.out.DesktopSettingsStore;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.quota.port.out.QuotaSamples;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.token.port.out.ApiTokenStore;
import org.kubedeck.application.user.port.out.LoginAttempts;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.application.version.port.out.BackupSchedules;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;

/** The in-memory ports keep the same contracts as the database adapters, so use-case tests can trust them. */
class InMemoryPortsContractTest {

    @Nested
    class Users extends UserStoreContract {
        private final InMemoryUserStore store = new InMemoryUserStore();

        @Override
        protected UserStore store() {
            return store;
        }
    }

    @Nested
    class Audit extends AuditTrailContract {
        private final InMemoryAuditTrail trail = new InMemoryAuditTrail();

        @Override
        protected AuditTrail trail() {
            return trail;
        }
    }

    @Nested
    class Clusters extends ClusterStoreContract {
        private final InMemoryClusterStore store = new InMemoryClusterStore();

        @Override
        protected ClusterStore store() {
            return store;
        }
    }

    @Nested
    class Restores extends RestoreScheduleContract {
        private final InMemoryRestoreSchedule schedule = new InMemoryRestoreSchedule();

        @Override
        protected RestoreSchedule schedule() {
            return schedule;
        }
    }

    @Nested
    class Attempts extends LoginAttemptsContract {
        private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();

        @Override
        protected LoginAttempts attempts() {
            return attempts;
        }
    }

    @Nested
    class ApiTokens extends ApiTokenStoreContract {
        private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();

        @Override
        protected ApiTokenStore store() {
            return store;
        }
    }

    @Nested
    class Desktops extends DesktopClaimsContract {
        private final InMemoryDesktopClaims claims = new InMemoryDesktopClaims();

        @Override
        protected DesktopClaims claims() {
            return claims;
        }
    }

    @Nested
    class DesktopChoice extends DesktopSettingsStoreContract {
        private final InMemoryDesktopSettingsStore store = new InMemoryDesktopSettingsStore();

        @Override
        protected DesktopSettingsStore store() {
            return store;
        }
    }

    @Nested
    class Versions extends VersionStoreContract {
        private final InMemoryVersionStore store = new InMemoryVersionStore();

        @Override
        protected VersionStore store() {
            return store;
        }
    }

    @Nested
    class Backups extends BackupStoreContract {
        private final InMemoryBackupStore store = new InMemoryBackupStore();

        @Override
        protected BackupStore store() {
            return store;
        }

        @Override
        protected String savePlain(ClusterName cluster, String namespace, List<BackupObject> objects, String yaml,
                SealedSecret secrets) {
            return store.savePlain(new Backup(null, cluster, namespace, T0, "alice", objects, yaml), secrets).id();
        }
    }

    @Nested
    class BackupTimes extends BackupSchedulesContract {
        private final InMemoryBackupSchedules schedules = new InMemoryBackupSchedules();

        @Override
        protected BackupSchedules schedules() {
            return schedules;
        }
    }

    @Nested
    class Quotas extends QuotaSamplesContract {
        private final InMemoryQuotaSamples samples = new InMemoryQuotaSamples();

        @Override
        protected QuotaSamples samples() {
            return samples;
        }
    }
}
