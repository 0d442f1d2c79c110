package org.kubedeck.web.scan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase.ScanCommand;
import org.kubedeck.application.scan.port.in.SilenceCheckUseCase;
import org.kubedeck.application.scan.port.in.ValidateManifestUseCase;
import org.kubedeck.application.scan.port.in.ValidateManifestUseCase.ManifestCheck;
import org.kubedeck.application.scan.port.in.ValidateManifestUseCase.ValidateManifestCommand;
import org.kubedeck.application.scan.port.in.SilenceCheckUseCase.SilenceCommand;
import org.kubedeck.domain.scan.Finding;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.scan.Silence;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.kubedeck.web.support.ErrorText;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scans of a cluster or a namespace, on the plan's path, and the checks silenced per object or namespace. */
@RestController
class ScanApiController {

    private final ScanClusterUseCase scans;
    private final SilenceCheckUseCase silences;
    private final ValidateManifestUseCase validating;

    ScanApiController(ScanClusterUseCase scans, SilenceCheckUseCase silences, ValidateManifestUseCase validating) {
        this.scans = scans;
        this.silences = silences;
        this.validating = validating;
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

    /** {@code silenced}: how many findings the cluster's silences left out. */
    record ScanJson(UUID id, String cluster, String namespace, Instant scannedAt, int score, int objects,
            int silenced, List<FindingJson> findings) {

        static ScanJson of(ScanReport report) {
            return new ScanJson(report.id(), report.cluster().value(), report.namespace(), report.at(),
                    report.score(), report.objects(), report.silenced(),
                    report.findings().stream().map(FindingJson::of).toList());
        }
    }

    /** {@code refusal}: the API server's words when its dry run refused the object; null when it accepted it. */
    record ManifestJson(String resource, String namespace, String name, boolean exists, boolean accepted,
            String refusal, List<FindingJson> findings) {

        static ManifestJson of(ManifestCheck check) {
            return new ManifestJson(check.resource(), check.namespace(), check.name(), check.exists(),
                    check.accepted(), ErrorText.of(check.refusal()),
                    check.findings().stream().map(FindingJson::of).toList());
        }
    }

    record ValidateRequest(String cluster, String yaml) {
    }

    /** {@code name} empty or left out: the whole namespace. */
    record SilenceRequest(String cluster, String check, String namespace, String name, String reason) {
    }

    record SilenceJson(UUID id, String check, String namespace, String name, String reason, String silencedBy,
            Instant silencedAt) {

        static SilenceJson of(Silence silence) {
            return new SilenceJson(silence.id(), silence.check().id(), silence.namespace(), silence.name(),
                    silence.reason(), silence.by(), silence.at());
        }
    }

    record SilencesJson(List<SilenceJson> silences) {
    }

    @PostMapping("/api/k8s/mcp/cluster/silences")
    @ResponseStatus(HttpStatus.CREATED)
    SilenceJson silence(Actor actor, @RequestBody SilenceRequest body) {
        return SilenceJson.of(silences.silence(actor, new SilenceCommand(ClusterParameter.of(body.cluster()),
                body.check(), body.namespace(), body.name(), body.reason())));
    }

    @GetMapping("/api/k8s/mcp/cluster/silences")
    SilencesJson silences(Actor actor, @RequestParam String cluster) {
        return new SilencesJson(silences.silences(actor, ClusterParameter.of(cluster)).stream()
                .map(SilenceJson::of).toList());
    }

    @DeleteMapping("/api/k8s/mcp/cluster/silences/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsilence(Actor actor, @PathVariable UUID id, @RequestParam String cluster) {
        silences.unsilence(actor, ClusterParameter.of(cluster), id);
    }

    @PostMapping("/api/k8s/mcp/cluster/scan")
    ScanJson scan(Actor actor, @RequestBody ScanRequest body) {
        return ScanJson.of(scans.scan(actor, new ScanCommand(ClusterParameter.of(body.cluster()),
                body.namespace())));
    }

    /** One object's YAML checked by the API server's dry run and the scan's checks; nothing is stored. Read. */
    @PostMapping("/api/k8s/mcp/config/validate")
    ManifestJson validate(Actor actor, @RequestBody ValidateRequest body) {
        return ManifestJson.of(validating.validate(actor, new ValidateManifestCommand(ClusterParameter.of(
                body.cluster()), body.yaml())));
    }
}
