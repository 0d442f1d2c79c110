package org.kubedeck.application.desktop.port.in;

/** The console's own work on desktops, run in the background. */
public interface MaintainDesktopsUseCase {

    /**
     * Observes every desktop: reports the counts by phase and the desktops newly seen failed to the metrics,
     * releases claims whose desktop no longer exists in the cluster, and, with an idle timeout set, stops
     * running desktops nobody has been connected to for that long (keeping their home volume). Returns the
     * number of desktops observed.
     */
    int observe();
}
