package org.kubedeck.application.quota;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.application.quota.port.in.SampleQuotasUseCase;
import org.kubedeck.application.quota.port.out.QuotaAlerts;
import org.kubedeck.application.quota.port.out.QuotaAlerts.QuotaAlert;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.application.quota.port.out.QuotaCluster.NamespacedQuota;
import org.kubedeck.application.quota.port.out.QuotaMetrics;
import org.kubedeck.application.quota.port.out.QuotaSamples;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.quota.QuotaItem;
import org.kubedeck.domain.quota.QuotaSample;
import org.kubedeck.domain.user.Actor;

/**
 * Samples every cluster's quotas on one replica per interval, keeps the series for the quota page, reports the
 * latest usage to the metrics, and audits and raises an alert for an item that crosses the warning or the full
 * threshold upwards.
 */
@UseCase
class SampleQuotasService implements SampleQuotasUseCase {

    private final ClusterStore clusters;
    private final ClusterKeyring keyring;
    private final QuotaCluster quotas;
    private final QuotaSamples samples;
    private final QuotaMetrics metrics;
    private final QuotaAlerts alerts;
    private final QuotaPressureSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;

    SampleQuotasService(ClusterStore clusters, ClusterKeyring keyring, QuotaCluster quotas, QuotaSamples samples,
            QuotaMetrics metrics, QuotaAlerts alerts, QuotaPressureSettings settings, AuditLog auditLog, Clock clock) {
        this.clusters = clusters;
        this.keyring = keyring;
        this.quotas = quotas;
        this.samples = samples;
        this.metrics = metrics;
        this.alerts = alerts;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public int sample() {
        Instant now = clock.instant();
        if (!samples.takeRound(now, settings.sampleInterval())) {
            return 0;
        }
        Map<String, QuotaSample> before = new HashMap<>();
        current(now).forEach(sample -> before.put(key(sample), sample));
        List<QuotaSample> taken = new ArrayList<>();
        for (Cluster cluster : clusters.findAll()) {
            try {
                for (NamespacedQuota quota : quotas.everyQuota(keyring.open(cluster))) {
                    for (QuotaItem item : quota.quota().items()) {
                        taken.add(new QuotaSample(cluster.name(), quota.namespace(), quota.quota().name(),
                                item.resource(), item.used(), item.hard(), item.ratio(), now));
                    }
                }
            } catch (DomainException e) {
                // An unreachable cluster is sampled in the next round.
            }
        }
        samples.record(taken);
        taken.forEach(sample -> auditCrossing(before.get(key(sample)), sample));
        samples.prune(now.minus(settings.retention()));
        metrics.observed(current(now));
        return taken.size();
    }

    /** The latest sample of each item that is still current. */
    private List<QuotaSample> current(Instant now) {
        return samples.latest(settings.currentSince(now));
    }

    private void auditCrossing(QuotaSample previous, QuotaSample now) {
        int was = previous == null ? 0 : settings.level(previous.ratio());
        int is = settings.level(now.ratio());
        if (is > was) {
            String level = is == 2 ? "full" : "high";
            auditLog.record(Actor.system(), AuditAction.QUOTA_PRESSURE, now.namespace() + "/" + now.quota(),
                    now.cluster().value(), Outcome.SUCCESS, AuditDetail.of("resource", now.resource(),
                            "used", String.valueOf(now.used()), "hard", now.hard(), "level", level));
            alerts.raise(new QuotaAlert(now, level));
        }
    }

    private static String key(QuotaSample sample) {
        return sample.cluster().value() + "/" + sample.namespace() + "/" + sample.quota() + "/" + sample.resource();
    }
}
