package org.kubedeck.domain.container;

/**
 * What a cluster allows in its containers, as its admins set it: commands (run once, or a terminal), the file
 * manager, and whether terminal sessions are recorded.
 */
public record ContainerPolicy(boolean exec, boolean files, boolean recordTranscripts) {

    /** A cluster nobody has set: commands and files allowed, nothing recorded beyond the audit log. */
    public static final ContainerPolicy DEFAULT = new ContainerPolicy(true, true, false);
}
