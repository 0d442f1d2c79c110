package org.kubedeck.application.desktop;

import org.kubedeck.domain.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.desktop.port.in.CreateDesktopUseCase;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.application.desktop.port.out.DesktopClaims.DesktopClaim;
import org.kubedeck.application.desktop.port.out.DesktopCluster;
import org.kubedeck.application.desktop.port.out.DesktopCluster.DesktopSpec;
import org.kubedeck.application.desktop.port.out.DesktopMetrics;
import org.kubedeck.application.desktop.port.out.DesktopMetrics.Operation;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.token.ApiTokenSecret;
import org.kubedeck.domain.user.Actor;

/**
 * Gives a user their desktop on the desktop cluster. The database decides who holds a desktop (so racing requests
 * and replicas make one); the cluster holds what a desktop is, and every view is read back from it.
 */
@UseCase
class CreateDesktopService implements CreateDesktopUseCase {

    private static final int VNC_PASSWORD_LENGTH = 16;

    private final Desktops desktops;
    private final DesktopSettings settings;
    private final DesktopClaims claims;
    private final DesktopCluster cluster;
    private final Clock clock;
    private final DesktopMetrics metrics;
    private final AuditLog auditLog;

    CreateDesktopService(Desktops desktops, DesktopMetrics metrics, AuditLog auditLog) {
        this.desktops = desktops;
        this.settings = desktops.settings();
        this.claims = desktops.claims();
        this.cluster = desktops.cluster();
        this.clock = desktops.clock();
        this.metrics = metrics;
        this.auditLog = auditLog;
    }

    @Override
    public Creation create(Actor actor, CreateDesktopCommand command) {
        DesktopResources resources = settings.policy().resolve(command.cpuLimit(), command.memoryLimit(),
                command.storage());
        ClusterName desktopCluster = desktops.desktopCluster();
        DesktopNames names = DesktopNames.of(actor.username());
        Instant started = clock.instant();
        DesktopClaims.Outcome outcome = claims.claim(
                new DesktopClaim(actor.username(), names.desktop(), desktopCluster, resources, started),
                settings.maxTotal());
        if (outcome == DesktopClaims.Outcome.FULL) {
            throw new TooManyRequestsException(Message.of("desktop.consoleAlreadyRunsMaximum", "The console already runs its maximum of {0} desktops; ask an admin to remove unused ones.", settings.maxTotal()));
        }
        ClusterAccess access = desktops.open(desktopCluster);
        if (outcome == DesktopClaims.Outcome.EXISTS) {
            DesktopState existing = cluster.find(access, settings.namespace(), names).orElse(null);
            return new Creation(false, existing == null
                    ? desktops.provisioning(actor, names, resources, started)
                    : desktops.view(actor, existing, access));
        }
        String password;
        try {
            password = cluster.provision(access, new DesktopSpec(names, actor.username(), settings.namespace(),
                    resources, settings.image(), settings.resolution(), ApiTokenSecret.random(VNC_PASSWORD_LENGTH),
                    settings.homePath(), settings.address(), settings.ingressClass(), settings.tlsSecret(),
                    settings.ingressNamespace()));
        } catch (RuntimeException e) {
            claims.release(actor.username());
            metrics.failed(Operation.CREATE);
            auditLog.record(actor, AuditAction.DESKTOP_CREATED, names.desktop(), desktopCluster.value(),
                    Outcome.FAILURE, AuditDetail.of("error", e.getMessage()));
            throw e;
        }
        metrics.succeeded(Operation.CREATE, Duration.between(started, clock.instant()));
        auditLog.success(actor, AuditAction.DESKTOP_CREATED, names.desktop(), desktopCluster.value(),
                AuditDetail.of("cpu_limit", resources.cpu(), "memory_limit", resources.memory(), "storage",
                        resources.storage()));
        return new Creation(true, desktops.provisioning(actor, names, resources, started).withVncPassword(password));
    }
}
