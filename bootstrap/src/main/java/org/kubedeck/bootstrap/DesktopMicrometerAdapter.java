package org.kubedeck.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.kubedeck.application.desktop.port.out.DesktopMetrics;
import org.kubedeck.domain.desktop.DesktopPhase;

/**
 * Desktop metrics for {@code /actuator/prometheus}: {@code kubedeck_desktops{phase}},
 * {@code kubedeck_desktop_operations_total{operation,outcome}} and the {@code kubedeck_desktop_create_seconds}
 * histogram.
 */
class DesktopMicrometerAdapter implements DesktopMetrics {

    /** Histogram buckets around the 150 ms a create should take, out to the 5 s deadline of its requests. */
    private static final Duration[] CREATE_BUCKETS = Stream.of(10, 25, 50, 100, 150, 250, 500, 1000, 2500, 5000,
            10000).map(Duration::ofMillis).toArray(Duration[]::new);

    private final MeterRegistry registry;
    private final Map<DesktopPhase, AtomicInteger> byPhase = new EnumMap<>(DesktopPhase.class);
    private final Timer createTime;

    DesktopMicrometerAdapter(MeterRegistry registry) {
        this.registry = registry;
        for (DesktopPhase phase : DesktopPhase.values()) {
            AtomicInteger count = new AtomicInteger();
            byPhase.put(phase, count);
            Gauge.builder("kubedeck.desktops", count, AtomicInteger::get)
                    .description("Desktops on the desktop cluster by phase, as last observed")
                    .tag("phase", phase.code())
                    .register(registry);
        }
        for (Operation operation : Operation.values()) {
            // Registered up front so that every series exists, at zero, before the first event.
            counter(operation, "success");
            counter(operation, "failure");
        }
        createTime = Timer.builder("kubedeck.desktop.create")
                .description("Time from a create request to its objects being submitted to the cluster")
                .serviceLevelObjectives(CREATE_BUCKETS)
                .register(registry);
    }

    @Override
    public void succeeded(Operation operation, Duration took) {
        counter(operation, "success").increment();
        if (operation == Operation.CREATE) {
            createTime.record(took);
        }
    }

    @Override
    public void failed(Operation operation) {
        counter(operation, "failure").increment();
    }

    @Override
    public void observed(Map<DesktopPhase, Integer> counts) {
        byPhase.forEach((phase, count) -> count.set(counts.getOrDefault(phase, 0)));
    }

    private Counter counter(Operation operation, String outcome) {
        return Counter.builder("kubedeck.desktop.operations")
                .description("Desktop creates, restarts, stops and deletes, and desktops that failed to start")
                .tag("operation", operation.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome)
                .register(registry);
    }
}
