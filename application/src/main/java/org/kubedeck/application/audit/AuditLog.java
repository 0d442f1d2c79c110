package org.kubedeck.application.audit;

import java.time.Clock;
import org.kubedeck.application.audit.port.out.AuditTrail;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.user.Actor;

/** How use cases write to the audit trail: stamps the time and the actor onto what happened. */
public class AuditLog {

    private final AuditTrail trail;
    private final Clock clock;

    public AuditLog(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    public void success(Actor actor, AuditAction action, String target, String cluster, AuditDetail detail) {
        record(actor, action, target, cluster, Outcome.SUCCESS, detail);
    }

    public void record(Actor actor, AuditAction action, String target, String cluster, Outcome outcome,
            AuditDetail detail) {
        record(actor.username().value(), actor.clientIp(), action, target, cluster, outcome, detail);
    }

    /** For events whose actor is not a known user, such as a failed login. */
    public void record(String actorName, String clientIp, AuditAction action, String target, String cluster,
            Outcome outcome, AuditDetail detail) {
        trail.append(new AuditEvent(clock.instant(), actorName, clientIp, action, target, cluster, outcome,
                detail.toJson()));
    }
}
