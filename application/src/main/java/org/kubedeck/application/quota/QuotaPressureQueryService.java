package org.kubedeck.application.quota;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.quota.port.in.QuotaPressureQuery;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.application.quota.port.out.QuotaSamples;
import org.kubedeck.domain.quota.QuotaSample;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** How full the quotas are, read from the samples: the items under pressure and one quota's trend. */
@UseCase
class QuotaPressureQueryService implements QuotaPressureQuery {

    private final AccessGuard guard;
    private final QuotaSamples samples;
    private final QuotaPressureSettings settings;
    private final Clock clock;

    QuotaPressureQueryService(AccessGuard guard, QuotaSamples samples, QuotaPressureSettings settings, Clock clock) {
        this.guard = guard;
        this.samples = samples;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<QuotaSample> pressure(Actor actor) {
        return samples.latest(settings.currentSince(clock.instant())).stream()
                .filter(sample -> actor.permissions().canSee(sample.cluster()))
                .filter(sample -> settings.level(sample.ratio()) > 0)
                .sorted(Comparator.comparingDouble(QuotaSample::ratio).reversed())
                .toList();
    }

    @Override
    public List<QuotaSample> trend(Actor actor, QuotaTrend trend) {
        NamespaceRef namespace = trend.namespace();
        guard.require(actor, namespace.cluster(), ClusterAction.VIEW, "view the usage of quota " + trend.quota(),
                namespace.namespace());
        return samples.series(namespace.cluster(), namespace.namespace(), trend.quota(),
                clock.instant().minus(Duration.ofDays(trend.days())));
    }
}
