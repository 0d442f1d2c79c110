package org.kubedeck.domain.rollout;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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

    /**
     * Whether the action fits the kind: a restart a Deployment, StatefulSet or DaemonSet; pause and resume a
     * Deployment or a CronJob.
     */
    public boolean fits(ResourceKind kind) {
        return switch (this) {
            case RESTART -> kind.equals(ResourceKind.DEPLOYMENT) || kind.equals(ResourceKind.STATEFULSET)
                    || kind.equals(ResourceKind.DAEMONSET);
            case PAUSE, RESUME -> kind.equals(ResourceKind.DEPLOYMENT) || kind.equals(ResourceKind.CRONJOB);
        };
    }

    /** The actions that fit the kind, in declaration order; InvalidInputException (field {@code kind}) if none. */
    public static List<RolloutAction> forKind(ResourceKind kind) {
        List<RolloutAction> fitting = Arrays.stream(values()).filter(action -> action.fits(kind)).toList();
        if (fitting.isEmpty()) {
            throw notFor(kind, "rollout");
        }
        return fitting;
    }

    /** The merge patch for {@code kind}; InvalidInputException (field {@code kind}) for a kind it does not fit. */
    public String mergePatch(ResourceKind kind, Instant at) {
        if (!fits(kind)) {
            throw notFor(kind, word());
        }
        return switch (this) {
            case RESTART -> "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":"
                    + "{\"kubectl.kubernetes.io/restartedAt\":\"" + at + "\"}}}}}";
            case PAUSE, RESUME -> "{\"spec\":{\"" + (kind.equals(ResourceKind.CRONJOB) ? "suspend" : "paused")
                    + "\":" + (this == PAUSE) + "}}";
        };
    }

    /** That a {@code kind} has no {@code action} (InvalidInputException, field {@code kind}). */
    public static InvalidInputException notFor(ResourceKind kind, String action) {
        return new InvalidInputException("kind", Message.of("rollout.notForKind", "A {0} has no {1}.", kind.kind(),
                action));
    }
}
