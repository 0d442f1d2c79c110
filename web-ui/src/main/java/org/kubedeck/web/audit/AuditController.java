package org.kubedeck.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kubedeck.application.audit.port.in.SearchAuditLogQuery;
import org.kubedeck.application.audit.port.in.VerifyAuditChainUseCase;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.audit.AuditFilter;
import org.kubedeck.domain.audit.AuditPage;
import org.kubedeck.domain.audit.AuditRecord;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    /** A CSV export stops here; narrow the filters for more. */
    static final int CSV_MAX_ROWS = 100_000;

    private final SearchAuditLogQuery search;
    private final VerifyAuditChainUseCase verify;

    AuditController(SearchAuditLogQuery search, VerifyAuditChainUseCase verify) {
        this.search = search;
        this.verify = verify;
    }

    @GetMapping("/audit")
    String page(Actor actor, AuditRequest request, @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("actions", AuditAction.values());
        Attempt<AuditPage> page = Attempt.of(() -> search.search(actor, request.toFilter(),
                SearchAuditLogQuery.DEFAULT_LIMIT, before));
        page.value().ifPresent(found -> {
            model.addAttribute("entries", found.items());
            model.addAttribute("next", found.next());
        });
        page.refusal().ifPresent(refusal -> {
            model.addAttribute("error", refusal.message());
            model.addAttribute("entries", List.of());
        });
        return "audit/list";
    }

    @GetMapping("/audit.csv")
    void csv(Actor actor, AuditRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter = request.toFilter();
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"kubedeck-audit.csv\"");
        PrintWriter out = response.getWriter();
        out.print("id,time,actor,ip,action,target,cluster,outcome,detail\r\n");
        Long before = null;
        int written = 0;
        do {
            AuditPage page = search.search(actor, filter, SearchAuditLogQuery.MAX_LIMIT, before);
            for (AuditRecord record : page.items()) {
                AuditEvent e = record.event();
                out.print(String.join(",", Long.toString(record.id()), e.time().toString(), cell(e.actor()),
                        cell(e.clientIp()), e.action().code(), cell(e.target()), cell(e.cluster()),
                        e.outcome().code(), cell(e.detail())));
                out.print("\r\n");
            }
            written += page.items().size();
            before = page.next();
        } while (before != null && written < CSV_MAX_ROWS);
        out.flush();
    }

    @PostMapping("/audit/verify")
    String verifyChain(Actor actor, Model model) {
        model.addAttribute("report", verify.verify(actor));
        return "audit/list :: verifyResult";
    }

    /** RFC 4180 quoting, and a leading quote for values a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
