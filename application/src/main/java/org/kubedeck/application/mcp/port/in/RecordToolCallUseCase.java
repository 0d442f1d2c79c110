package org.kubedeck.application.mcp.port.in;

import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.mcp.ToolCall;
import org.kubedeck.domain.user.Actor;

/** The audit log's entry for each call of an MCP tool, whatever came of it. */
public interface RecordToolCallUseCase {

    /** @param problem what refused or failed the call, as the caller was told; null when it succeeded */
    void record(Actor actor, ToolCall call, Outcome outcome, String problem);
}
