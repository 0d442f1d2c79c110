package org.kubedeck.application.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.desktop.port.out.DesktopMetrics;
import org.kubedeck.domain.desktop.DesktopPhase;

/** Keeps what was reported, for tests to read back. */
public class RecordingDesktopMetrics implements DesktopMetrics {

    public final List<Operation> succeeded = new ArrayList<>();
    public final List<Operation> failed = new ArrayList<>();
    public Map<DesktopPhase, Integer> observed = Map.of();

    @Override
    public synchronized void succeeded(Operation operation, Duration took) {
        succeeded.add(operation);
    }

    @Override
    public synchronized void failed(Operation operation) {
        failed.add(operation);
    }

    @Override
    public synchronized void observed(Map<DesktopPhase, Integer> byPhase) {
        observed = Map.copyOf(byPhase);
    }
}
