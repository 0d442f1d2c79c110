package org.kubedeck.application.desktop;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.desktop.Desktops.Target;
import org.kubedeck.application.desktop.port.in.DesktopLifecycleUseCase;
import org.kubedeck.application.desktop.port.out.DesktopMetrics;
import org.kubedeck.application.desktop.port.out.DesktopMetrics.Operation;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.user.Actor;

/** Restarts, stops and deletes desktops; each action is timed, counted and audited, failures too. */
@UseCase
class DesktopLifecycleService implements DesktopLifecycleUseCase {

    private final Desktops desktops;
    private final DesktopMetrics metrics;
    private final AuditLog auditLog;

    DesktopLifecycleService(Desktops desktops, DesktopMetrics metrics, AuditLog auditLog) {
        this.desktops = desktops;
        this.metrics = metrics;
        this.auditLog = auditLog;
    }

    @Override
    public void restart(Actor actor, String desktop) {
        act(actor, desktop, Operation.RESTART, AuditAction.DESKTOP_RESTARTED, target -> {
            desktops.cluster().restart(target.access(), namespace(), target.names());
            return AuditDetail.of("owner", target.owner().value());
        });
    }

    @Override
    public void stop(Actor actor, String desktop) {
        act(actor, desktop, Operation.STOP, AuditAction.DESKTOP_STOPPED, target -> {
            desktops.cluster().stop(target.access(), namespace(), target.names());
            return AuditDetail.of("owner", target.owner().value());
        });
    }

    @Override
    public void delete(Actor actor, DeleteDesktopCommand command) {
        act(actor, command.desktop(), Operation.DELETE, AuditAction.DESKTOP_DELETED, target -> {
            desktops.cluster().delete(target.access(), namespace(), target.names(), command.deleteStorage());
            desktops.claims().release(target.owner());
            return AuditDetail.of("owner", target.owner().value(), "delete_storage", command.deleteStorage());
        });
    }

    private void act(Actor actor, String desktop, Operation operation, AuditAction action,
            Function<Target, AuditDetail> work) {
        Target target = desktops.visible(actor, desktop);
        Instant started = desktops.clock().instant();
        AuditDetail detail;
        try {
            detail = work.apply(target);
        } catch (ClusterUnavailableException e) {
            metrics.failed(operation);
            auditLog.record(actor, action, target.names().desktop(), target.clusterName().value(), Outcome.FAILURE,
                    AuditDetail.of("owner", target.owner().value(), "error", e.getMessage()));
            throw e;
        }
        metrics.succeeded(operation, Duration.between(started, desktops.clock().instant()));
        auditLog.success(actor, action, target.names().desktop(), target.clusterName().value(), detail);
    }

    private String namespace() {
        return desktops.settings().namespace();
    }
}
