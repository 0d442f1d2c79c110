package org.kubedeck.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.kubedeck.application.container.port.out.LogStreams;
import org.springframework.stereotype.Component;

/** The logs being followed now, as the gauge {@code kubedeck_log_streams_open}. */
@Component
class LogStreamsMicrometerAdapter implements LogStreams {

    private final AtomicInteger open = new AtomicInteger();

    LogStreamsMicrometerAdapter(MeterRegistry registry) {
        Gauge.builder("kubedeck.log.streams.open", open, AtomicInteger::get)
                .description("Container logs followed by a client now, each one a request to an API server")
                .register(registry);
    }

    @Override
    public void opened() {
        open.incrementAndGet();
    }

    @Override
    public void closed() {
        open.decrementAndGet();
    }
}
