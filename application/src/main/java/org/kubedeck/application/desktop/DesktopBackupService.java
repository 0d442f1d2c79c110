package org.kubedeck.application.desktop;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.container.port.in.ContainerArchives;
import org.kubedeck.application.container.port.in.ContainerArchives.Unpacked;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase.Download;
import org.kubedeck.application.desktop.Desktops.Target;
import org.kubedeck.application.desktop.port.in.DesktopBackupUseCase;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.FilePath;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.user.Actor;

/** Backs up and restores a desktop's home directory through the container's archives, for its owner. */
@UseCase
class DesktopBackupService implements DesktopBackupUseCase {

    private final Desktops desktops;
    private final ContainerArchives archives;
    private final AccessGuard guard;
    private final AuditLog auditLog;

    DesktopBackupService(Desktops desktops, ContainerArchives archives, AccessGuard guard, AuditLog auditLog) {
        this.desktops = desktops;
        this.archives = archives;
        this.guard = guard;
        this.auditLog = auditLog;
    }

    @Override
    public Download backup(Actor actor, String desktop) {
        Target target = running(actor, desktop, "back up");
        Download download = archives.pack(target.access(), container(target), home(),
                target.names().desktop() + "-home");
        auditLog.success(actor, AuditAction.DESKTOP_BACKED_UP, target.names().desktop(),
                target.clusterName().value(), AuditDetail.of("path", home().toString()));
        return download;
    }

    @Override
    public Unpacked restore(Actor actor, RestoreDesktopCommand command) {
        Target target = running(actor, command.desktop(), "restore");
        long room = target.state().resources() == null || target.state().resources().storageBytes() <= 0
                ? Long.MAX_VALUE : target.state().resources().storageBytes();
        Unpacked unpacked = archives.unpack(target.access(), container(target), home(), command.archive(), room);
        auditLog.success(actor, AuditAction.DESKTOP_RESTORED, target.names().desktop(),
                target.clusterName().value(), AuditDetail.of("path", home().toString(), "size", unpacked.size(),
                        "sha256", unpacked.sha256(), "entries", unpacked.entries()));
        return unpacked;
    }

    /**
     * The actor's own desktop, running. Any other name is refused, and audited, before it is looked up, so the
     * answer says nothing about other users' desktops.
     */
    private Target running(Actor actor, String desktop, String attempted) {
        boolean own = DesktopNames.ofDesktop(desktop).map(names -> names.equals(DesktopNames.of(actor.username())))
                .orElse(false);
        if (!own) {
            guard.refuse(actor, desktops.desktopCluster(), attempted + " desktop " + desktop, desktop,
                    Message.of("desktop.ownerOnly", "Only its owner backs up or restores a desktop's home."));
        }
        Target target = desktops.visible(actor, desktop);
        DesktopPhase phase = target.state().status(desktops.clock().instant(), desktops.settings().startTimeout())
                .phase();
        if (phase != DesktopPhase.RUNNING) {
            throw new ConflictException(Message.of("desktop.notRunning",
                    "Desktop {0} is not running; start it, then try again.", target.names().desktop()));
        }
        return target;
    }

    private ContainerRef container(Target target) {
        return ContainerRef.of(target.access().name(), desktops.settings().namespace(), target.names().pod(),
                DesktopNames.CONTAINER);
    }

    private FilePath home() {
        return FilePath.parse("path", desktops.settings().homePath());
    }
}
