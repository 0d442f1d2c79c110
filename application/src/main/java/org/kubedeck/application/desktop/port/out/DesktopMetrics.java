package org.kubedeck.application.desktop.port.out;

import java.time.Duration;
import java.util.Map;
import org.kubedeck.domain.desktop.DesktopPhase;

/** What the console reports about desktops to its metrics. */
public interface DesktopMetrics {

    /** A create, restart or delete that was carried out, and how long creating took until the objects were in. */
    void succeeded(Operation operation, Duration took);

    /** A create, restart or delete the cluster refused or did not answer; {@code START} for a desktop seen failed. */
    void failed(Operation operation);

    /** The desktops on the desktop cluster by phase, as last observed. */
    void observed(Map<DesktopPhase, Integer> byPhase);

    enum Operation { CREATE, RESTART, DELETE, STOP, START }
}
