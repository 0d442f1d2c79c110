package org.kubedeck.web.scan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase.ScanCommand;
import org.kubedeck.domain.scan.Finding;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Scans of a cluster or a namespace, on the plan's path. */
@RestController
class ScanApiController {

    private final ScanClusterUseCase scans;

    ScanApiController(ScanClusterUseCase scans) {
        this.scans = scans;
    }

    /** No {@code namespace}: the whole cluster. */
    record ScanRequest(String cluster, String namespace) {
    }

    /** {@code severity}: {@code critical}, {@code high}, {@code medium}, {@code low} or {@code info}. */
    record FindingJson(String check, String severity, String resource, String namespace, String name,
            String message, String suggestion) {

        static FindingJson of(Finding finding) {
            return new FindingJson(finding.check().id(), finding.severity().code(), finding.resource(),
                    finding.namespace(), finding.name(), finding.message(), finding.suggestion());
        }
    }

    record ScanJson(UUID id, String cluster, String namespace, Instant scannedAt, int score, int objects,
            List<FindingJson> findings) {

        static ScanJson of(ScanReport report) {
            return new ScanJson(report.id(), report.cluster().value(), report.namespace(), report.at(),
                    report.score(), report.objects(), report.findings().stream().map(FindingJson::of).toList());
        }
    }

    @PostMapping("/api/k8s/mcp/cluster/scan")
    ScanJson scan(Actor actor, @RequestBody ScanRequest body) {
        return ScanJson.of(scans.scan(actor, new ScanCommand(ClusterParameter.of(body.cluster()),
                body.namespace())));
    }
}
