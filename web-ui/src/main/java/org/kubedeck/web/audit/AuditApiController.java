package org.kubedeck.web.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import org.kubedeck.application.audit.port.in.SearchAuditLogQuery;
import org.kubedeck.application.audit.port.in.VerifyAuditChainUseCase;
import org.kubedeck.application.audit.port.in.VerifyAuditChainUseCase.ChainReport;
import org.kubedeck.domain.audit.AuditPage;
import org.kubedeck.domain.audit.AuditRecord;
import org.kubedeck.domain.user.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditApiController {

    private final SearchAuditLogQuery search;
    private final VerifyAuditChainUseCase verify;

    AuditApiController(SearchAuditLogQuery search, VerifyAuditChainUseCase verify) {
        this.search = search;
        this.verify = verify;
    }

    record AuditEntryJson(long id, Instant time, String actor, String ip, String action, String target,
            String cluster, String outcome, @JsonRawValue String detail) {

        static AuditEntryJson of(AuditRecord record) {
            var e = record.event();
            return new AuditEntryJson(record.id(), e.time(), e.actor(), e.clientIp(), e.action().code(),
                    e.target(), e.cluster(), e.outcome().code(), e.detail());
        }
    }

    record AuditPageJson(List<AuditEntryJson> items, Long next) {
    }

    @GetMapping("/api/admin/logs")
    AuditPageJson logs(Actor actor, AuditRequest request,
            @RequestParam(required = false, defaultValue = "50") int limit,
            @RequestParam(required = false) Long before) {
        AuditPage page = search.search(actor, request.toFilter(), limit, before);
        return new AuditPageJson(page.items().stream().map(AuditEntryJson::of).toList(), page.next());
    }

    record ChainReportJson(boolean intact, long checked, Long firstBrokenId, String problem) {
    }

    @PostMapping("/api/admin/logs/verify")
    ChainReportJson verifyChain(Actor actor) {
        ChainReport report = verify.verify(actor);
        return new ChainReportJson(report.intact(), report.checked(), report.firstBrokenId(), report.problem());
    }
}
