package org.kubedeck.domain.rollout;

import java.time.Instant;
import java.util.Locale;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * What an operator does to a workload's rollout, as the JSON merge patch that does it: a restart replaces the
 * pods (the template's {@code kubectl.kubernetes.io/restartedAt} annotation, as {@code kubectl rollout restart}
 * sets it); pause and resume a Deployment's rollout ({@code spec.paused}) or a CronJob's schedule
 * ({@code spec.suspend}).
 */
public enum RolloutAction {
    RESTART(AuditAction.WORKLOAD_RESTARTED),
    PAUSE(AuditAction.WORKLOAD_PAUSED),
    RESUME(AuditAction.WORKLOAD_RESUMED);

    private final AuditAction audited;

    RolloutAction(AuditAction audited) {
        this.audited = audited;
    }

    public AuditAction audited() {
        return audited;
    }

    /** {@code restart}, {@code pause} or {@code resume}; {@code suspend} is a CronJob's pause. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The merge patch for {@code kind}; InvalidInputException (field {@code kind}) for a kind it does not fit. */
    public String mergePatch(ResourceKind kind, Instant at) {
        boolean restartable = kind.equals(ResourceKind.DEPLOYMENT) || kind.equals(ResourceKind.STATEFULSET)
                || kind.equals(ResourceKind.DAEMONSET);
        String patch = switch (this) {
            case RESTART -> restartable ? "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":"
                    + "{\"kubectl.kubernetes.io/restartedAt\":\"" + at + "\"}}}}}" : null;
            case PAUSE, RESUME -> kind.equals(ResourceKind.DEPLOYMENT) ? "{\"spec\":{\"paused\":" + (this == PAUSE)
                    + "}}" : kind.equals(ResourceKind.CRONJOB) ? "{\"spec\":{\"suspend\":" + (this == PAUSE) + "}}"
                    : null;
        };
        if (patch == null) {
            throw new InvalidInputException("kind", Message.of("rollout.notForKind",
                    "A {0} has no {1}.", kind.kind(), word()));
        }
        return patch;
    }
}
