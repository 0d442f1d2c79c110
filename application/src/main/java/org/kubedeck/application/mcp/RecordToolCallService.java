package org.kubedeck.application.mcp;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.mcp.port.in.RecordToolCallUseCase;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.mcp.ToolCall;
import org.kubedeck.domain.user.Actor;

/** Each call is one entry {@code tool_called}: the tool as the target, its cluster and arguments, the outcome. */
@UseCase
class RecordToolCallService implements RecordToolCallUseCase {

    private final AuditLog auditLog;

    RecordToolCallService(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void record(Actor actor, ToolCall call, Outcome outcome, String problem) {
        AuditDetail detail = problem == null ? AuditDetail.of("arguments", call.argumentsText())
                : AuditDetail.of("arguments", call.argumentsText(), "problem", problem);
        auditLog.record(actor, AuditAction.TOOL_CALLED, call.tool(), call.cluster().isEmpty() ? null : call.cluster(),
                outcome, detail);
    }
}
