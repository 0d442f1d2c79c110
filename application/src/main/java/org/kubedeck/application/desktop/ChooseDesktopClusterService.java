package org.kubedeck.application.desktop;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.desktop.port.in.ChooseDesktopClusterUseCase;
import org.kubedeck.application.desktop.port.out.DesktopSettingsStore;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;

/** Admins choose the desktop cluster; the choice is stored for every replica and audited. */
@UseCase
class ChooseDesktopClusterService implements ChooseDesktopClusterUseCase {

    private final DesktopSettingsStore chosen;
    private final ClusterKeyring keyring;
    private final AuditLog auditLog;
    private final AccessGuard guard;

    ChooseDesktopClusterService(DesktopSettingsStore chosen, ClusterKeyring keyring, AuditLog auditLog,
            AccessGuard guard) {
        this.chosen = chosen;
        this.keyring = keyring;
        this.auditLog = auditLog;
        this.guard = guard;
    }

    @Override
    public void chooseCluster(Actor actor, ClusterName choice) {
        guard.requireAdmin(actor, "choose the desktop cluster", "desktops");
        if (choice != null) {
            // A cluster that is not registered, or whose kubeconfig cannot be opened, is refused here.
            keyring.open(choice);
        }
        chosen.chooseCluster(choice);
        auditLog.success(actor, AuditAction.DESKTOP_CLUSTER_CHOSEN, "desktops",
                choice == null ? null : choice.value(), AuditDetail.of("cluster",
                        choice == null ? "(configured)" : choice.value()));
    }
}
