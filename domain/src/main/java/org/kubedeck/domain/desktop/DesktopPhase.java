package org.kubedeck.domain.desktop;

import java.util.Locale;

/** Where a desktop stands, as the API and the pages name it. */
public enum DesktopPhase {
    /** Objects submitted; the pod is being scheduled, pulling its image or starting. */
    CREATING,
    /** The desktop's pod is ready. */
    RUNNING,
    /** Stopped on purpose (idle); its home volume is kept. */
    STOPPED,
    /** It will not start without help: a bad image, a crashing container, or no progress within the start timeout. */
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
